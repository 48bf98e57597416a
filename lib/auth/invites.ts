import "server-only";
import type { Db } from "../db";
import { audit } from "../admin/audit";
import { emailKey } from "../registration/email-key";
import { inTransaction, type Tx } from "../transaction";
import { queueOrganiserLink } from "./organiser-mail";
import { DUMMY_HASH } from "./password";
import type { Organiser } from "./sign-in-session";

export type InviteResult = { ok: true; organiserId: string; expiresAt: Date } | { ok: false; message: string };

/**
 * An organiser invites a colleague: a new organiser without a password of their own yet, and a
 * mail with a link that works for 48 hours. Until they choose one, their stored hash is the
 * throwaway one sign-in checks unknown addresses against: no password opens it, and trying takes
 * as long as for anyone. Inviting an address that is already invited sends a new link.
 */
export async function inviteOrganiser(db: Db, actor: Organiser, email: string, now: Date): Promise<InviteResult> {
  const key = emailKey(email);
  // In one transaction, which runs again when a simultaneous invitation created the row first.
  return inTransaction(db, async (tx) => {
    const existing = await tx.organiser.findUnique({ where: { email: key }, select: { id: true, invitedAt: true } });
    if (existing && existing.invitedAt === null) return { ok: false as const, message: "Dit e-mailadres is al organisator." };
    if (existing) return resendIn(tx, actor, existing.id, now);
    const organiser = await tx.organiser.create({
      data: { email: key, passwordHash: DUMMY_HASH, passwordChangedAt: now, invitedAt: now },
      select: { id: true, email: true, passwordChangedAt: true },
    });
    const expiresAt = await queueOrganiserLink(tx, organiser, "invite", now);
    await audit(tx, { action: "invitation-sent", organiserId: actor.id, subjectOrganiserId: organiser.id, detail: { resent: false } });
    return { ok: true as const, organiserId: organiser.id, expiresAt };
  });
}

/**
 * Sends an invited colleague a new link. Their password moment moves on, which ends the link in
 * every earlier invitation, also one still waiting in the outbox.
 */
export function resendInvitation(db: Db, actor: Organiser, organiserId: string, now: Date): Promise<InviteResult> {
  return inTransaction(db, (tx) => resendIn(tx, actor, organiserId, now));
}

async function resendIn(tx: Tx, actor: Organiser, organiserId: string, now: Date): Promise<InviteResult> {
  const invited = await tx.organiser.findUnique({ where: { id: organiserId }, select: { invitedAt: true, passwordChangedAt: true } });
  if (!invited?.invitedAt) return { ok: false, message: "Deze collega heeft al een wachtwoord gekozen of bestaat niet (meer)." };
  // Strictly later, also within the same millisecond: the old links must stop.
  const moment = new Date(Math.max(now.getTime(), invited.passwordChangedAt.getTime() + 1));
  const organiser = await tx.organiser.update({
    where: { id: organiserId },
    data: { passwordChangedAt: moment, invitedAt: now },
    select: { id: true, email: true, passwordChangedAt: true },
  });
  const expiresAt = await queueOrganiserLink(tx, organiser, "invite", now);
  await audit(tx, { action: "invitation-sent", organiserId: actor.id, subjectOrganiserId: organiserId, detail: { resent: true } });
  return { ok: true, organiserId, expiresAt };
}
