import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { evaluationOpen } from "../session-timeline";
import { amsterdamDateKey } from "../time";
import { inTransaction } from "../transaction";
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
 * date. Both are written in one transaction, and the marker is set conditionally first, so a
 * second post (or two at once) stores nothing. Nothing about it is logged.
 */
export async function answerEvaluation(db: Db, signUpId: string, input: EvaluationInput, now: Date): Promise<EvaluationRefusal | null> {
  const refusal = await evaluationRefusal(db, signUpId, now);
  if (refusal) return refusal;
  return inTransaction(db, async (tx) => {
    const { count } = await tx.signUp.updateMany({ where: { id: signUpId, status: "confirmed", evaluated: false }, data: { evaluated: true } });
    if (count === 0) return "answered" as const;
    const { sessionId } = await tx.signUp.findUniqueOrThrow({ where: { id: signUpId }, select: { sessionId: true } });
    await tx.evaluationResponse.create({ data: { id: randomUUID(), sessionId, answeredOn: amsterdamDateKey(now), ...input } });
    return null;
  });
}
