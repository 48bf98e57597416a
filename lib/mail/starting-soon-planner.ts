import "server-only";
import { IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import { startingSoonAt, startingSoonDue, startingSoonWindow, type TimelineRule } from "../session-timeline";
import { batchesPerPart, lockSessions, type PartsReport, type Tx } from "../transaction";
import { enqueueMails } from "./outbox";

/**
 * Queues the "starting soon" mail for every confirmed place of a session whose moment has come
 * (lib/session-timeline.ts), once per place and start time, a batch per transaction. A place
 * confirmed after the moment gets none: its link mail suffices. Idempotent, like the link planner.
 */
export async function planStartingSoonMails(db: Db, now: Date, rule: TimelineRule, batchSize = IDS_PER_QUERY): Promise<PartsReport> {
  const window = startingSoonWindow(now, rule);
  const sessions = window
    ? await db.session.findMany({ where: { cancelledAt: null, startsAt: { gt: window.startsAfter, lte: window.startsBy } }, take: IDS_PER_QUERY, select: { id: true } })
    : [];
  return batchesPerPart(db, sessions.map((session) => session.id), (tx, id) => planBatch(tx, id, now, rule, batchSize));
}

async function planBatch(tx: Tx, sessionId: string, now: Date, rule: TimelineRule, size: number): Promise<number> {
  await lockSessions(tx, [sessionId]);
  const session = await tx.session.findUnique({ where: { id: sessionId }, select: { startsAt: true, endsAt: true, cancelledAt: true, timeVersion: true } });
  if (!session || !startingSoonDue({ ...session, cancelled: session.cancelledAt !== null }, now, rule)) return 0;
  const moment = startingSoonAt(session, rule)!;
  const signUps = await tx.signUp.findMany({
    where: {
      sessionId,
      status: "confirmed",
      confirmedAt: { lte: moment },
      OR: [{ startingSoonFor: null }, { startingSoonFor: { not: session.startsAt } }],
    },
    orderBy: { id: "asc" },
    take: size,
    select: { id: true, confirmedAt: true, registrant: { select: { id: true, email: true, manageLinkVersion: true } } },
  });
  if (signUps.length === 0) return 0;
  await tx.signUp.updateMany({ where: { id: { in: signUps.map((signUp) => signUp.id) } }, data: { startingSoonFor: session.startsAt } });
  const startsAt = session.startsAt.getTime();
  await enqueueMails(
    tx,
    signUps.map((signUp) => ({
      kind: "starting-soon" as const,
      recipient: signUp.registrant.email,
      // Per time version, which only grows: a session moved away and back gets a key of its own.
      dedupeKey: `starting-soon:${signUp.id}:${signUp.confirmedAt?.getTime() ?? 0}:${session.timeVersion}`,
      registrantId: signUp.registrant.id,
      signUpId: signUp.id,
      sessionId,
      payload: { manageLink: signUp.registrant.manageLinkVersion, startsAt },
    })),
    now,
  );
  return signUps.length;
}
