import "server-only";
import { IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import type { CancellationReason } from "../mail/payloads";
import { queueCancellation } from "../mail/queue";
import { ACTIVE_STATUSES, type MailKind } from "../statuses";
import type { LinkRule } from "../teams-link-rule";
import { inTransaction, lockSessions, type Tx } from "../transaction";
import { promoteWaitlist } from "./capacity";

// Mails about a place that a cancelled sign-up no longer has.
const PLACE_MAILS: MailKind[] = ["link", "correction", "moved-up"];

/**
 * Cancels sign-ups inside the caller's transaction: frees their places (the waiting list moves
 * up), drops their unsent Teams-link mails and queues one cancellation mail per person, which
 * says why (`reason`).
 */
export async function cancelSignUpsInTx(
  tx: Tx,
  signUpIds: string[],
  now: Date,
  rule: LinkRule,
  reason: CancellationReason,
): Promise<string[]> {
  const sessions = await tx.signUp.findMany({ where: { id: { in: signUpIds } }, select: { sessionId: true } });
  await lockSessions(tx, sessions.map((signUp) => signUp.sessionId));
  const signUps = await tx.signUp.findMany({
    where: { id: { in: signUpIds }, status: { in: ACTIVE_STATUSES } },
    select: { id: true, status: true, sessionId: true, registrant: { select: { id: true, email: true, manageLinkVersion: true } } },
  });
  if (signUps.length === 0) return [];
  const ids = signUps.map((signUp) => signUp.id);
  // A place taken again later is a new place: it gets a link mail of its own (lib/mail/link-planner.ts).
  await tx.signUp.updateMany({ where: { id: { in: ids } }, data: { status: "cancelled", cancelledAt: now, linkMailVersion: null } });
  await tx.outboxMail.updateMany({
    where: { signUpId: { in: ids }, kind: { in: PLACE_MAILS }, status: "pending" },
    data: { status: "superseded" },
  });

  const byPerson = new Map<string, typeof signUps>();
  for (const signUp of signUps) {
    byPerson.set(signUp.registrant.id, [...(byPerson.get(signUp.registrant.id) ?? []), signUp]);
  }
  for (const own of byPerson.values()) {
    await queueCancellation(tx, own[0].registrant, own.map((signUp) => signUp.id), reason, now);
  }
  const freed = new Set(signUps.filter((signUp) => signUp.status === "confirmed").map((s) => s.sessionId));
  for (const sessionId of freed) await promoteWaitlist(tx, sessionId, now, rule);
  return ids;
}

/** A person cancels some or all of their own sign-ups for sessions that have not started. */
export async function cancelOwnSignUps(
  db: Db,
  registrantId: string,
  which: string[] | "all",
  now: Date,
  rule: LinkRule,
): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const own = await tx.signUp.findMany({
      where: {
        registrantId,
        status: { in: ACTIVE_STATUSES },
        session: { startsAt: { gt: now } },
        ...(which === "all" ? {} : { id: { in: which } }),
      },
      select: { id: true },
    });
    return cancelSignUpsInTx(tx, own.map((signUp) => signUp.id), now, rule, "self");
  });
}

/**
 * Carries out the cancellation of whole sessions, a batch per transaction: everyone still signed up
 * for a cancelled session is cancelled and mailed. The organiser's cancellation recorded the intent
 * (Session.cancelledAt) and did the first batch; this scheduler step does the rest, and resumes
 * where a crash left it. Returns how many sign-ups it cancelled.
 */
export async function cancelSignUpsOfCancelledSessions(db: Db, now: Date, rule: LinkRule, batchSize = IDS_PER_QUERY): Promise<number> {
  let total = 0;
  for (;;) {
    const cancelled = await inTransaction(db, (tx) => cancelBatchOfCancelledSessions(tx, now, rule, { batchSize }));
    if (cancelled === 0) return total;
    total += cancelled;
  }
}

/** One batch of the above, inside the caller's transaction; of one session only, when given. */
export async function cancelBatchOfCancelledSessions(
  tx: Tx,
  now: Date,
  rule: LinkRule,
  { batchSize = IDS_PER_QUERY, sessionId }: { batchSize?: number; sessionId?: string } = {},
): Promise<number> {
  const batch = await tx.signUp.findMany({
    where: { status: { in: ACTIVE_STATUSES }, session: { cancelledAt: { not: null }, ...(sessionId ? { id: sessionId } : {}) } },
    orderBy: { id: "asc" },
    take: batchSize,
    select: { id: true },
  });
  return (await cancelSignUpsInTx(tx, batch.map((signUp) => signUp.id), now, rule, "session-cancelled")).length;
}
