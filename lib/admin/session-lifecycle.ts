import "server-only";
import type { Db } from "../db";
import { currentSeriesId, MAX_SESSIONS, PAST_SERIES, removable, SERIES_STATE, stateOf } from "../series/state";
import { inTransaction, lockSessions, type Tx } from "../transaction";
import { audit } from "./audit";
import type { SessionErrors } from "./sessions";
import { END_BEFORE_START, type SessionInput } from "./session-form";

// Adding, removing and reordering the sessions of a series. A session's number is its address
// (/sessies/<number>) and never changes or comes back; its position is its place and its label.

type Organiser = { id: string };

export type AddResult = { ok: true; id: string } | { ok: false; errors: SessionErrors };

const NO_SERIES = "Er is geen reeks om een sessie aan toe te voegen. Er is niets opgeslagen.";
const TOO_MANY = `Een reeks heeft hoogstens ${MAX_SESSIONS} sessies. Er is niets opgeslagen.`;
export const HAD_SIGN_UPS =
  "Voor deze sessie heeft zich al iemand aangemeld. Ze kan daarom niet worden verwijderd; laat haar vervallen als ze niet doorgaat.";
const GONE = "Deze sessie bestaat niet (meer).";

/** Adds a session at the end of a series: the public one, or a draft (`seriesId`). Never to a past series. */
export async function addSession(db: Db, organiser: Organiser, input: SessionInput, seriesId: string | null): Promise<AddResult> {
  if (input.endsAt <= input.startsAt) return { ok: false, errors: { endsAt: END_BEFORE_START } };
  return inTransaction(db, async (tx): Promise<AddResult> => {
    const current = await currentSeriesId(tx);
    const series = await tx.series.findUnique({ where: { id: seriesId ?? current ?? "" }, select: { id: true, publishedAt: true } });
    if (!series) return { ok: false, errors: { form: NO_SERIES } };
    if (stateOf(series, current) === "past") return { ok: false, errors: { form: PAST_SERIES } };
    const last = await tx.session.aggregate({ where: { seriesId: series.id }, _max: { number: true, position: true }, _count: true });
    if (last._count >= MAX_SESSIONS) return { ok: false, errors: { form: TOO_MANY } };
    // A removed session's number may come back: nobody signed up for it, so no mail or calendar file carries it.
    const number = (last._max.number ?? 0) + 1;
    const { id } = await tx.session.create({
      data: { ...input, seriesId: series.id, number, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await audit(tx, { action: "session-added", organiserId: organiser.id, sessionId: id, detail: { number, title: input.title } });
    return { ok: true, id };
  });
}

export type RemoveResult = { ok: true; title: string } | { ok: false; error: string };

/** Removes a session nobody ever signed up for, and closes the gap in the positions. */
export async function removeSession(db: Db, organiser: Organiser, sessionId: string): Promise<RemoveResult> {
  return inTransaction(db, async (tx): Promise<RemoveResult> => {
    await lockSessions(tx, [sessionId]);
    const session = await tx.session.findUnique({ where: { id: sessionId }, select: { seriesId: true, number: true, title: true, series: SERIES_STATE } });
    if (!session) return { ok: false, error: GONE };
    if (stateOf(session.series, await currentSeriesId(tx)) === "past") return { ok: false, error: PAST_SERIES };
    if (!(await removable(tx, sessionId))) return { ok: false, error: HAD_SIGN_UPS };
    await tx.session.delete({ where: { id: sessionId } });
    await renumber(tx, session.seriesId, (ids) => ids);
    await audit(tx, { action: "session-removed", organiserId: organiser.id, detail: { number: session.number, title: session.title } });
    return { ok: true, title: session.title };
  });
}

export type MoveResult = { ok: true } | { ok: false; error: string };

/** Moves a session one place up or down in its series' programme. Its address stays the same. */
export async function moveSession(db: Db, organiser: Organiser, sessionId: string, direction: "up" | "down"): Promise<MoveResult> {
  return inTransaction(db, async (tx): Promise<MoveResult> => {
    const session = await tx.session.findUnique({ where: { id: sessionId }, select: { seriesId: true, series: SERIES_STATE } });
    if (!session) return { ok: false, error: GONE };
    if (stateOf(session.series, await currentSeriesId(tx)) === "past") return { ok: false, error: PAST_SERIES };
    const titles = await renumber(tx, session.seriesId, (ids) => {
      const from = ids.indexOf(sessionId);
      const to = direction === "up" ? from - 1 : from + 1;
      if (to < 0 || to >= ids.length) return ids;
      const order = [...ids];
      [order[from], order[to]] = [order[to], order[from]];
      return order;
    });
    await audit(tx, { action: "sessions-reordered", organiserId: organiser.id, detail: { titles } });
    return { ok: true };
  });
}

/** Writes positions 1, 2, 3 … in the order `reorder` gives the series' sessions; returns their titles in that order. */
async function renumber(tx: Tx, seriesId: string, reorder: (ids: string[]) => string[]): Promise<string[]> {
  const sessions = await tx.session.findMany({
    where: { seriesId },
    orderBy: [{ position: "asc" }, { number: "asc" }],
    select: { id: true, position: true, title: true },
    take: MAX_SESSIONS,
  });
  const order = reorder(sessions.map((session) => session.id));
  for (const [index, id] of order.entries()) {
    const session = sessions.find((candidate) => candidate.id === id)!;
    if (session.position !== index + 1) await tx.session.update({ where: { id }, data: { position: index + 1 } });
  }
  return order.map((id) => sessions.find((candidate) => candidate.id === id)!.title);
}
