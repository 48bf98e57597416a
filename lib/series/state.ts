import "server-only";
import type { Db } from "../db";
import type { Tx } from "../transaction";

/**
 * Where a series stands. One series is public: the one published last. One published before it is
 * past, kept read-only with its counts; one never published is a draft, edited freely and never shown.
 */
/** More sessions than this in one series is a mistake; it keeps every query over a series' sessions small. */
export const MAX_SESSIONS = 40;

export type SeriesState = "draft" | "public" | "past";

// The series published last is the one the site presents; drafts never show.
export const CURRENT_SERIES = { where: { publishedAt: { not: null } }, orderBy: { publishedAt: "desc" } } as const;

export async function currentSeriesId(db: Db | Tx): Promise<string | null> {
  return (await db.series.findFirst({ ...CURRENT_SERIES, select: { id: true } }))?.id ?? null;
}

/** What stateOf reads of a series, for a select. */
export const SERIES_STATE = { select: { id: true, publishedAt: true } } as const;

export function stateOf(series: { id: string; publishedAt: Date | null }, currentId: string | null): SeriesState {
  if (series.publishedAt === null) return "draft";
  return series.id === currentId ? "public" : "past";
}

/** The state of a session's series, or null when there is no such session. */
export async function sessionSeriesState(db: Db | Tx, sessionId: string): Promise<SeriesState | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, select: { series: SERIES_STATE } });
  return session && stateOf(session.series, await currentSeriesId(db));
}


/** Whether a session may be removed: nobody ever signed up for it, in any status, not even someone since erased. */
export async function removable(db: Db | Tx, sessionId: string): Promise<boolean> {
  const [signUps, erased, tally] = await Promise.all([
    db.signUp.count({ where: { sessionId } }),
    db.erasedCount.count({ where: { sessionId } }),
    db.sessionTally.count({ where: { sessionId } }),
  ]);
  return signUps + erased + tally === 0;
}

export const SERIES_STATE_LABEL: Record<SeriesState, string> = {
  public: "Op de site",
  draft: "Concept (niet op de site)",
  past: "Voorbij (alleen lezen)",
};

export const PAST_SERIES = "Deze sessie hoort bij een eerdere reeks. Die blijft zoals ze was: er is niets gewijzigd.";
