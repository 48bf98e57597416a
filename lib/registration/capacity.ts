import "server-only";
import { planLinkMailsInTx } from "../mail/link-planner";
import { queueMovedUp } from "../mail/queue";
import type { LinkRule } from "../teams-link-rule";
import { lockSessions, type Tx } from "../transaction";

type SessionPlaces = { id: string; capacity: number | null };

async function confirmedCount(tx: Tx, sessionId: string): Promise<number> {
  return tx.signUp.count({ where: { sessionId, status: "confirmed" } });
}

/** Whether a new sign-up gets a place or joins the waiting list. Call inside the transaction. */
export async function placeFor(tx: Tx, session: SessionPlaces): Promise<"confirmed" | "waitlisted"> {
  if (session.capacity === null) return "confirmed";
  const waiting = await tx.signUp.count({ where: { sessionId: session.id, status: "waitlisted" } });
  // Nobody jumps the queue: while people wait, a newcomer waits too.
  if (waiting > 0) return "waitlisted";
  return (await confirmedCount(tx, session.id)) < session.capacity ? "confirmed" : "waitlisted";
}

/**
 * Moves people up from the waiting list, first come first served, while there is room,
 * and queues a mail for each. Returns the sign-ups that moved up.
 */
export async function promoteWaitlist(tx: Tx, sessionId: string, now: Date, rule: LinkRule): Promise<string[]> {
  await lockSessions(tx, [sessionId]);
  const session = await tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { capacity: true, cancelledAt: true, startsAt: true },
  });
  if (session.cancelledAt || session.startsAt <= now) return [];
  const free =
    session.capacity === null ? Number.MAX_SAFE_INTEGER : session.capacity - (await confirmedCount(tx, sessionId));
  if (free <= 0) return [];

  const next = await tx.signUp.findMany({
    where: { sessionId, status: "waitlisted" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: Math.min(free, 10_000),
    select: { id: true, registrant: { select: { id: true, email: true, manageLinkVersion: true } } },
  });
  for (const signUp of next) {
    await tx.signUp.update({ where: { id: signUp.id }, data: { status: "confirmed", confirmedAt: now } });
    await queueMovedUp(tx, signUp.registrant, { id: signUp.id, sessionId }, now);
  }
  const moved = next.map((signUp) => signUp.id);
  // Someone who moves up inside the link window gets the Teams link right away too.
  if (moved.length > 0) await planLinkMailsInTx(tx, now, rule, moved);
  return moved;
}
