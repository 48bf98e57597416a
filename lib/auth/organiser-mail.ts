import "server-only";
import { randomUUID } from "node:crypto";
import { organiserLinkExpiry, type OrganiserLinkPurpose } from "../links/organiser-link";
import { enqueueMails } from "../mail/outbox";
import type { Tx } from "../transaction";

type Recipient = { id: string; email: string; passwordChangedAt: Date };

/**
 * Queues the mail with a link to choose a password, in the caller's transaction. The payload fixes
 * the expiry and the password moment the link is bound to, so every attempt at the mail carries
 * the same link, and a link spent meanwhile is not sent at all (lib/mail/compose-organiser.ts).
 */
export async function queueOrganiserLink(tx: Tx, organiser: Recipient, purpose: OrganiserLinkPurpose, now: Date): Promise<Date> {
  const expiresAt = organiserLinkExpiry(purpose, now);
  const kind = purpose === "invite" ? "invitation" : "password-reset";
  await enqueueMails(
    tx,
    [{
      kind,
      recipient: organiser.email,
      dedupeKey: `${kind}:${organiser.id}:${randomUUID()}`,
      payload: { organiserId: organiser.id, expiresAt: expiresAt.getTime(), passwordChangedAt: organiser.passwordChangedAt.getTime() },
    }],
    now,
  );
  return expiresAt;
}
