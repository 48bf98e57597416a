import "server-only";
import type { Db } from "../db";
import { queueConfirmation } from "../mail/queue";
import { cancelSignUpsInTx } from "../registration/cancel";
import { ACTIVE_STATUSES, signUpStatus } from "../statuses";
import type { LinkRule } from "../teams-link-rule";
import { inTransaction } from "../transaction";
import { audit } from "./audit";

type Organiser = { id: string };

/** Whether an organiser may still cancel a sign-up: it holds a place or a waiting spot, and its session has not started. */
export function organiserMayCancel(signUp: { status: string; startsAt: Date }, now: Date): boolean {
  return signUp.status !== "cancelled" && signUp.startsAt > now;
}

/**
 * An organiser cancels one person's sign-up for a session that has not started: the place is
 * freed, the waiting list moves up and the person gets a mail that says the organisers did it and
 * that the session itself goes ahead. Returns whether anything changed.
 */
export async function cancelSignUpByOrganiser(
  db: Db,
  organiser: Organiser,
  signUpId: string,
  now: Date,
  rule: LinkRule,
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const signUp = await tx.signUp.findUnique({
      where: { id: signUpId },
      select: { status: true, registrantId: true, sessionId: true, session: { select: { startsAt: true } } },
    });
    if (!signUp || !organiserMayCancel({ status: signUp.status, startsAt: signUp.session.startsAt }, now)) return false;
    const cancelled = await cancelSignUpsInTx(tx, [signUpId], now, rule, "organiser");
    if (cancelled.length === 0) return false;
    await audit(tx, {
      action: "sign-up-cancelled",
      organiserId: organiser.id,
      registrantId: signUp.registrantId,
      sessionId: signUp.sessionId,
      detail: { was: signUpStatus.parse(signUp.status) },
    });
    return true;
  });
}

/**
 * Queues a new confirmation mail (with a fresh manage link) for a person who still has a
 * sign-up for a session that has not ended. Returns false when there is nothing to confirm.
 */
export async function resendMail(db: Db, organiser: Organiser, registrantId: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const person = await tx.registrant.findUnique({
      where: { id: registrantId },
      select: {
        id: true,
        email: true,
        manageLinkVersion: true,
        // The same sign-ups the confirmation mail lists; without any, it would be skipped.
        _count: { select: { signUps: { where: { status: { in: ACTIVE_STATUSES }, session: { endsAt: { gt: now } } } } } },
      },
    });
    if (!person || person._count.signUps === 0) return false;
    await queueConfirmation(tx, person, now, { resend: true });
    await audit(tx, { action: "confirmation-resent", organiserId: organiser.id, registrantId: person.id, detail: {} });
    return true;
  });
}
