import "server-only";
import type { Db } from "../db";
import { inTransaction } from "../transaction";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes registrants' personal data RETENTION_DAYS after their series' last session. What
 * remains is a tally per session. Returns how many people were removed.
 */
export async function purgePersonalData(db: Db, now: Date, retentionDays: number): Promise<number> {
  const series = await db.series.findMany({ select: { id: true, sessions: { select: { id: true, endsAt: true } } } });
  let removed = 0;
  for (const { sessions } of series) {
    const lastEnd = Math.max(...sessions.map((session) => session.endsAt.getTime()));
    if (sessions.length === 0 || now.getTime() < lastEnd + retentionDays * DAY_MS) continue;
    const sessionIds = sessions.map((session) => session.id);
    if ((await db.signUp.count({ where: { sessionId: { in: sessionIds } } })) === 0) continue;
    removed += await inTransaction(db, async (tx) => {
      for (const sessionId of sessionIds) {
        const count = (status: string) => tx.signUp.count({ where: { sessionId, status } });
        const tally = { confirmed: await count("confirmed"), waitlisted: await count("waitlisted"), cancelled: await count("cancelled") };
        await tx.sessionTally.upsert({
          where: { sessionId },
          create: { sessionId, ...tally, recordedAt: now },
          update: { ...tally, recordedAt: now },
        });
      }
      const signUps = await tx.signUp.findMany({ where: { sessionId: { in: sessionIds } }, select: { id: true, registrantId: true } });
      const registrantIds = [...new Set(signUps.map((signUp) => signUp.registrantId))];
      await tx.outboxMail.deleteMany({
        where: { OR: [{ signUpId: { in: signUps.map((signUp) => signUp.id) } }, { registrantId: { in: registrantIds } }] },
      });
      await tx.signUp.deleteMany({ where: { sessionId: { in: sessionIds } } });
      // Someone also registered for another series keeps that registration.
      const { count } = await tx.registrant.deleteMany({ where: { id: { in: registrantIds }, signUps: { none: {} } } });
      return count;
    });
  }
  return removed;
}
