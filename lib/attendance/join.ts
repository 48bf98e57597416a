import "server-only";
import type { Db } from "../db";
import { joinPhase, type TimelineRule } from "../session-timeline";

export type JoinResult = { ok: true; teamsUrl: string } | { ok: false; reason: "not-open" | "no-link" | "no-place" };

/**
 * The press of "Naar Microsoft Teams": while the join page is open, a confirmed place goes to the
 * session's current Teams link, and the first press records that the person joined. Only this
 * POST counts; opening the page (a mail scanner, a link preview) never does.
 */
export async function joinSession(db: Db, signUpId: string, now: Date, rule: TimelineRule): Promise<JoinResult> {
  const signUp = await db.signUp.findUnique({
    where: { id: signUpId },
    select: { status: true, session: { select: { startsAt: true, endsAt: true, teamsUrl: true, cancelledAt: true } } },
  });
  if (!signUp || signUp.status !== "confirmed" || signUp.session.cancelledAt) return { ok: false, reason: "no-place" };
  if (joinPhase(signUp.session, now, rule) !== "open") return { ok: false, reason: "not-open" };
  if (!signUp.session.teamsUrl) return { ok: false, reason: "no-link" };
  // Conditional, so a second press (or two at once) keeps the first time.
  await db.signUp.updateMany({ where: { id: signUpId, joinedAt: null }, data: { joinedAt: now } });
  return { ok: true, teamsUrl: signUp.session.teamsUrl };
}
