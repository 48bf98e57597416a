import "server-only";
import { copySeries, publishSeries } from "../admin/series";
import { addSession, moveSession, removeSession } from "../admin/session-lifecycle";
import type { SessionInput } from "../admin/session-form";
import type { Organiser } from "../auth/sign-in-session";
import { getSessionOverview } from "../data/admin-overview";
import { findSeries, listSeries } from "../data/series-list";
import { kickPass } from "./scheduler";
import { wiring } from "./wiring";

// What the organisers' pages call to shape the programme: sessions added, removed and moved,
// and series copied and published. Every caller has passed requireAdmin() first.

export async function addSessionAs(admin: Organiser, input: SessionInput, seriesId: string | null) {
  const result = await addSession(wiring().db, admin, input, seriesId);
  if (result.ok) kickPass();
  return result;
}

export const removeSessionAs = (admin: Organiser, sessionId: string) => removeSession(wiring().db, admin, sessionId);
export const moveSessionAs = (admin: Organiser, sessionId: string, direction: "up" | "down") =>
  moveSession(wiring().db, admin, sessionId, direction);

export const getSeriesList = () => listSeries(wiring().db);

/** One series with its sessions and their counts, for its admin page; null when there is none. */
export async function getSeries(id: string) {
  const { db, now, rule } = wiring();
  const series = await findSeries(db, id);
  return series && { ...series, sessions: await getSessionOverview(db, series.id, now(), rule) };
}

export async function copySeriesAs(admin: Organiser, sourceId: string, weeks: number) {
  const { db, now } = wiring();
  return copySeries(db, admin, sourceId, weeks, now());
}

export async function publishSeriesAs(admin: Organiser, seriesId: string) {
  const { db, now } = wiring();
  const result = await publishSeries(db, admin, seriesId, now());
  if (result.ok) kickPass();
  return result;
}
