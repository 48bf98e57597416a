import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { enqueueMail } from "../mail/outbox";
import { inTransaction, lockSessions, type Tx } from "../transaction";
import { promoteWaitlist, type Rules } from "./capacity";

const ACTIVE = ["confirmed", "waitlisted"];

/**
 * Cancels sign-ups inside the caller's transaction: frees their places (the waiting list moves
 * up), drops their unsent Teams-link mails and queues one cancellation mail per person.
 */
export async function cancelSignUpsInTx(
  tx: Tx,
  signUpIds: string[],
  now: Date,
  rules: Rules,
  options: { byOrganiser?: boolean } = {},
): Promise<string[]> {
  const sessions = await tx.signUp.findMany({ where: { id: { in: signUpIds } }, select: { sessionId: true } });
  await lockSessions(tx, sessions.map((signUp) => signUp.sessionId));
  const signUps = await tx.signUp.findMany({
    where: { id: { in: signUpIds }, status: { in: ACTIVE } },
    select: { id: true, status: true, sessionId: true, registrant: { select: { id: true, email: true } } },
  });
  if (signUps.length === 0) return [];
  const ids = signUps.map((signUp) => signUp.id);
  await tx.signUp.updateMany({ where: { id: { in: ids } }, data: { status: "cancelled", cancelledAt: now } });
  await tx.outboxMail.updateMany({
    where: { signUpId: { in: ids }, kind: { in: ["link", "correction", "moved-up"] }, status: "pending" },
    data: { status: "superseded" },
  });

  const byPerson = new Map<string, typeof signUps>();
  for (const signUp of signUps) {
    byPerson.set(signUp.registrant.id, [...(byPerson.get(signUp.registrant.id) ?? []), signUp]);
  }
  for (const [registrantId, own] of byPerson) {
    await enqueueMail(
      tx,
      {
        kind: "cancellation",
        recipient: own[0].registrant.email,
        dedupeKey: `cancellation:${registrantId}:${randomUUID()}`,
        registrantId,
        payload: { signUpIds: own.map((signUp) => signUp.id), byOrganiser: options.byOrganiser ?? false },
      },
      now,
    );
  }
  const freed = new Set(signUps.filter((signUp) => signUp.status === "confirmed").map((s) => s.sessionId));
  for (const sessionId of freed) await promoteWaitlist(tx, sessionId, now, rules);
  return ids;
}

/** A person cancels some or all of their own sign-ups for sessions that have not started. */
export async function cancelOwnSignUps(
  db: Db,
  registrantId: string,
  which: string[] | "all",
  now: Date,
  rules: Rules,
): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const own = await tx.signUp.findMany({
      where: {
        registrantId,
        status: { in: ACTIVE },
        session: { startsAt: { gt: now } },
        ...(which === "all" ? {} : { id: { in: which } }),
      },
      select: { id: true },
    });
    return cancelSignUpsInTx(tx, own.map((signUp) => signUp.id), now, rules);
  });
}
