import "server-only";
import { audit } from "../admin/audit";
import { evaluationCsvStream } from "../admin/export";
import { saveFollowUp } from "../admin/follow-up";
import type { FollowUpInput } from "../admin/follow-up-form";
import { countAudience, sendMessage } from "../admin/message";
import type { MessageInput } from "../admin/message-form";
import { confirmOwnPassword } from "../auth/reauth";
import type { Organiser } from "../auth/sign-in-session";
import { listSessionOptions } from "../data/admin-registrations";
import { getAttendance } from "../data/attendance";
import { countEvaluationAnswers, getEvaluationSummary, listEvaluationAnswers } from "../data/evaluations";
import { getFollowUp, getFollowUpMailing } from "../data/follow-up";
import { followUpAt } from "../session-timeline";
import type { Audience } from "../statuses";
import { kickPass } from "./scheduler";
import { wiring } from "./wiring";

// What the organisers' pages about what comes after a session call: attendance, the follow-up,
// the evaluation and messages to registrants. Every caller has passed requireAdmin() first.

/**
 * What came of a session: attendance, the follow-up (its content, and whether it went out), and
 * the evaluation with a page of its answers, after the answer `after`.
 */
export async function getSessionOutcome(session: { id: string; startsAt: Date; endsAt: Date }, after?: string) {
  const { db, rule } = wiring();
  const [attendance, followUp, mailing, summary, answers, withText] = await Promise.all([
    getAttendance(db, [session.id]),
    getFollowUp(db, session.id),
    getFollowUpMailing(db, session.id),
    getEvaluationSummary(db, session.id),
    listEvaluationAnswers(db, session.id, after),
    countEvaluationAnswers(db, session.id),
  ]);
  return { attendance: attendance.get(session.id)!, followUp, followUpAt: followUpAt(session, rule), mailing, summary, answers, withText };
}

export async function saveSessionFollowUp(admin: Organiser, id: string, input: FollowUpInput) {
  return saveFollowUp(wiring().db, admin, id, input);
}

export const countMessageAudience = (sessionId: string, audience: Audience) => countAudience(wiring().db, sessionId, audience);

export type MessageResult = { ok: true; people: number } | { ok: false; reason: "wrong" | "gone" } | { ok: false; reason: "limited"; waitSeconds: number };

/** Sends an organiser's message, after they gave their password again. */
export async function sendSessionMessage(admin: Organiser, sessionId: string, input: MessageInput, password: string, token: string): Promise<MessageResult> {
  const { db, now, secret, config } = wiring();
  const rules = { attempts: config.RATE_LIMIT_SIGNIN_ATTEMPTS, windowSeconds: config.RATE_LIMIT_SIGNIN_WINDOW_SECONDS };
  const reauth = await confirmOwnPassword(db, await secret(), admin.id, password, now(), rules);
  if (!reauth.ok) return reauth;
  const people = await sendMessage(db, admin, sessionId, input, now(), token);
  if (people === null) return { ok: false, reason: "gone" };
  kickPass();
  return { ok: true, people };
}

/** A session's evaluation answers as CSV, in the audit log; null for an unknown session. */
export async function exportEvaluation(admin: Organiser, sessionId: string) {
  const { db } = wiring();
  const session = (await listSessionOptions(db)).find((option) => option.id === sessionId);
  if (!session) return null;
  const { responses } = await getEvaluationSummary(db, sessionId);
  await audit(db, { action: "evaluation-exported", organiserId: admin.id, sessionId, detail: { responses } });
  return { filename: `evaluatie-sessie-${session.number}.csv`, stream: evaluationCsvStream(db, session) };
}
