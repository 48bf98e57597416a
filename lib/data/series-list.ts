import "server-only";
import type { Db } from "../db";
import { currentSeriesId, stateOf, type SeriesState } from "../series/state";

export type SeriesListing = {
  id: string;
  title: string;
  state: SeriesState;
  sessions: number;
  firstStartsAt: Date | null;
  lastEndsAt: Date | null;
};

/** The series an organiser can see, newest first: the public one, drafts and past ones. */
export async function listSeries(db: Db): Promise<SeriesListing[]> {
  const [current, series] = await Promise.all([
    currentSeriesId(db),
    db.series.findMany({ orderBy: { createdAt: "desc" }, take: 50, select: { id: true, title: true, publishedAt: true } }),
  ]);
  const spans = await db.session.groupBy({
    by: ["seriesId"],
    where: { seriesId: { in: series.map((one) => one.id) } },
    _count: { _all: true },
    _min: { startsAt: true },
    _max: { endsAt: true },
  });
  return series.map((one) => {
    const span = spans.find((row) => row.seriesId === one.id);
    return {
      id: one.id,
      title: one.title,
      state: stateOf(one, current),
      sessions: span?._count._all ?? 0,
      firstStartsAt: span?._min.startsAt ?? null,
      lastEndsAt: span?._max.endsAt ?? null,
    };
  });
}

/** One series by id with its state, or null. */
export async function findSeries(db: Db, id: string): Promise<{ id: string; title: string; state: SeriesState } | null> {
  const [current, series] = await Promise.all([currentSeriesId(db), db.series.findUnique({ where: { id }, select: { id: true, title: true, publishedAt: true } })]);
  return series && { id: series.id, title: series.title, state: stateOf(series, current) };
}
