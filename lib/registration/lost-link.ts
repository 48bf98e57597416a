import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { enqueueMail } from "../mail/outbox";
import { inTransaction } from "../transaction";
import { emailKey } from "./email-key";

/** Queues a fresh manage link for a known address; an unknown one gets nothing, silently. */
export async function requestManageLink(db: Db, email: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const registrant = await tx.registrant.findUnique({ where: { emailKey: emailKey(email) }, select: { id: true, email: true } });
    if (!registrant) return false;
    await enqueueMail(
      tx,
      { kind: "manage-link", recipient: registrant.email, dedupeKey: `manage-link:${registrant.id}:${randomUUID()}`, registrantId: registrant.id },
      now,
    );
    return true;
  });
}
