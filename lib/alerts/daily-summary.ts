import "server-only";
import type { Db } from "../db";
import { currentSeriesId, MAX_SESSIONS } from "../series/state";
import { amsterdamDailyMoment } from "../time";
import { queueAlert } from "./queue-alert";

/** The summary goes out from this hour on, Amsterdam time. */
export const SUMMARY_HOUR = 8;

/**
 * From 08.00 Amsterdam time, the day's summary for the organisers who asked for it: per session of
 * the public series, how many signed up and how many cancelled since 08.00 the day before. No
 * names, only counts. Nothing on a day without changes. The window is fixed by the day, so every
 * instance counts the same and the day is the occasion.
 */
export async function planDailySummary(db: Db, now: Date): Promise<number> {
  const moment = amsterdamDailyMoment(now, SUMMARY_HOUR);
  const seriesId = moment && (await currentSeriesId(db));
  if (!moment || !seriesId) return 0;
  const sessions = await db.session.findMany({ where: { seriesId }, take: MAX_SESSIONS, orderBy: { startsAt: "asc" }, select: { id: true } });
  const window = { gte: moment.dayBefore, lt: moment.at };
  const count = (field: "requestedAt" | "cancelledAt") =>
    db.signUp.groupBy({
      by: ["sessionId"],
      where: { sessionId: { in: sessions.map((s) => s.id) }, [field]: window },
      orderBy: { sessionId: "asc" },
      take: MAX_SESSIONS,
      _count: { _all: true },
    });
  const [signUps, cancellations] = await Promise.all([count("requestedAt"), count("cancelledAt")]);
  const of = (rows: typeof signUps, id: string) => rows.find((row) => row.sessionId === id)?._count._all ?? 0;
  const changed = sessions
    .map(({ id }) => ({ sessionId: id, signUps: of(signUps, id), cancellations: of(cancellations, id) }))
    .filter((row) => row.signUps + row.cancellations > 0);
  if (changed.length === 0) return 0;
  return queueAlert(db, { kind: "daily-summary", occasion: moment.day, payload: { day: moment.day, sessions: changed }, to: "daily-summary" }, now);
}
