import "server-only";
import { IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import type { MailCopies } from "../mail/transport";
import { signUpStatus } from "../statuses";
import { inTransaction } from "../transaction";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes registrants' personal data RETENTION_DAYS after their series' last session, a batch of
 * sign-ups per transaction, so a crash leaves a smaller purge for the next pass. What remains is
 * an anonymous tally per session (attendance included), recorded before the first deletion;
 * evaluation answers, which never name anyone, stay as they are. The copies of a removed
 * person's mails (MAIL_DIR without SMTP) go right after their batch commits. Returns how many
 * people were removed.
 */
export async function purgePersonalData(
  db: Db,
  mailCopies: MailCopies,
  now: Date,
  retentionDays: number,
  batchSize = IDS_PER_QUERY,
): Promise<number> {
  const series = await db.series.findMany({ select: { id: true, sessions: { select: { id: true, endsAt: true } } } });
  let removed = 0;
  for (const { sessions } of series) {
    const lastEnd = Math.max(...sessions.map((session) => session.endsAt.getTime()));
    if (sessions.length === 0 || now.getTime() < lastEnd + retentionDays * DAY_MS) continue;
    const sessionIds = sessions.map((session) => session.id);
    if ((await db.signUp.count({ where: { sessionId: { in: sessionIds } } })) === 0) continue;
    await recordTallies(db, sessionIds, now);
    for (;;) {
      const batch = await db.signUp.findMany({ where: { sessionId: { in: sessionIds } }, take: batchSize, select: { id: true, registrantId: true } });
      if (batch.length === 0) break;
      const goneIds = await inTransaction(db, async (tx) => {
        const ids = batch.map((signUp) => signUp.id);
        const people = [...new Set(batch.map((signUp) => signUp.registrantId))];
        await tx.outboxMail.deleteMany({ where: { signUpId: { in: ids } } });
        await tx.signUp.deleteMany({ where: { id: { in: ids } } });
        // Someone also registered for another series keeps that registration, and its mails.
        const gone = await tx.registrant.findMany({ where: { id: { in: people }, signUps: { none: {} } }, select: { id: true } });
        const goneIds = gone.map((person) => person.id);
        await tx.outboxMail.deleteMany({ where: { registrantId: { in: goneIds } } });
        await tx.registrant.deleteMany({ where: { id: { in: goneIds } } });
        return goneIds;
      });
      await mailCopies.forget(goneIds);
      removed += goneIds.length;
    }
  }
  return removed;
}

/** The anonymous counts per session, once: a purge that resumes after a crash keeps the first. */
async function recordTallies(db: Db, sessionIds: string[], now: Date) {
  const counts = await db.signUp.groupBy({ by: ["sessionId", "status"], where: { sessionId: { in: sessionIds } }, _count: { _all: true } });
  const joined = await db.signUp.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, joinedAt: { not: null } }, _count: { _all: true } });
  for (const sessionId of sessionIds) {
    const count = (status: string) => counts.find((row) => row.sessionId === sessionId && signUpStatus.parse(row.status) === status)?._count._all ?? 0;
    const tally = {
      confirmed: count("confirmed"),
      waitlisted: count("waitlisted"),
      cancelled: count("cancelled"),
      joined: joined.find((row) => row.sessionId === sessionId)?._count._all ?? 0,
    };
    await db.sessionTally.upsert({ where: { sessionId }, create: { sessionId, ...tally, recordedAt: now }, update: {} });
  }
}
