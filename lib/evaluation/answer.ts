import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { evaluationOpen } from "../session-timeline";
import { amsterdamDateKey } from "../time";
import type { EvaluationInput } from "./form-schema";

/** Why a sign-up cannot answer: no (longer a) place, the session not over yet, closed, or answered already. */
export type EvaluationRefusal = "no-place" | "not-yet" | "closed" | "answered";

/** Whether this sign-up may answer the evaluation at `now`; null when it may. */
export async function evaluationRefusal(db: Db, signUpId: string, now: Date): Promise<EvaluationRefusal | null> {
  const signUp = await db.signUp.findUnique({
    where: { id: signUpId },
    select: { status: true, evaluated: true, session: { select: { startsAt: true, endsAt: true, cancelledAt: true } } },
  });
  if (!signUp || signUp.status !== "confirmed" || signUp.session.cancelledAt) return "no-place";
  if (now < signUp.session.endsAt) return "not-yet";
  if (!evaluationOpen(signUp.session, now)) return "closed";
  return signUp.evaluated ? "answered" : null;
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
  const refusal = await evaluationRefusal(db, signUpId, now);
  if (refusal) return refusal;
  const signUp = await db.signUp.findUniqueOrThrow({ where: { id: signUpId }, select: { sessionId: true } });
  const { count } = await db.signUp.updateMany({ where: { id: signUpId, status: "confirmed", evaluated: false }, data: { evaluated: true } });
  if (count === 0) return "answered";
  await db.evaluationResponse.create({ data: { id: randomUUID(), sessionId: signUp.sessionId, answeredOn: amsterdamDateKey(now), ...input } });
  return null;
}
