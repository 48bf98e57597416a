import "server-only";
import { randomUUID } from "node:crypto";
import { getPlace, type Place } from "../data/join-page";
import type { Db } from "../db";
import { evaluationOpen } from "../session-timeline";
import { amsterdamDateKey } from "../time";
import type { EvaluationInput } from "./form-schema";

/** Why a sign-up cannot answer: no (longer a) place, the session not over yet, closed, or answered already. */
export type EvaluationRefusal = "no-place" | "not-yet" | "closed" | "answered";

/** Whether this place may answer the evaluation at `now`; null when it may. */
export function refusalOf(place: Place | null, now: Date): EvaluationRefusal | null {
  if (!place || place.status !== "confirmed" || place.session.cancelledAt) return "no-place";
  if (now < place.session.endsAt) return "not-yet";
  if (!evaluationOpen(place.session, now)) return "closed";
  return place.evaluated ? "answered" : null;
}

/** The same, looked up by sign-up. */
export async function evaluationRefusal(db: Db, signUpId: string, now: Date): Promise<EvaluationRefusal | null> {
  return refusalOf(await getPlace(db, signUpId), now);
}

/**
 * Stores one evaluation, once per sign-up. The answer keeps no trace of who gave it: the sign-up
 * only gets a yes/no marker without a time, and the answer holds the session, a random id and the
 * date. The marker is set conditionally first, so a second post (or two at once) stores nothing.
 * Marker and answer are two transactions on purpose: rows written in one transaction share its id
 * in PostgreSQL (xmin), which would tie the answer to the sign-up. A crash between the two loses
 * the answer, never its anonymity. Nothing about it is logged.
 */
export async function answerEvaluation(db: Db, signUpId: string, input: EvaluationInput, now: Date): Promise<EvaluationRefusal | null> {
  const place = await getPlace(db, signUpId);
  const refusal = refusalOf(place, now);
  if (refusal || !place) return refusal;
  const { count } = await db.signUp.updateMany({ where: { id: signUpId, status: "confirmed", evaluated: false }, data: { evaluated: true } });
  if (count === 0) return "answered";
  await db.evaluationResponse.create({ data: { id: randomUUID(), sessionId: place.sessionId, answeredOn: amsterdamDateKey(now), ...input } });
  return null;
}
