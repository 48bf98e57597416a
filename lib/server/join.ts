import "server-only";
import { joinSession, type JoinResult } from "../attendance/join";
import { getJoinPage, getPlace } from "../data/join-page";
import { answerEvaluation, refusalOf, type EvaluationRefusal } from "../evaluation/answer";
import type { EvaluationInput } from "../evaluation/form-schema";
import { joinPath, openJoinLink } from "../links/join-link";
import { calendarLinks } from "../calendar-links";
import { signUpCalendar } from "../mail/compose-helpers";
import { evaluationClosesAt, joinOpensAt, joinPhase } from "../session-timeline";
import { passSettings, wiring } from "./wiring";

// What the pages behind a person's join link call. The link is the credential: every function
// opens it first, and a link that does not (or no longer) work gets null.

async function open(link: string, options?: { afterClosing: boolean }): Promise<{ signUpId: string; path: string } | null> {
  const { db, now, secret } = wiring();
  const key = await secret();
  const signUpId = await openJoinLink(db, key, link, now(), options);
  // The path is made here from the verified id, never copied from the request.
  return signUpId ? { signUpId, path: joinPath(key, signUpId) } : null;
}

/** The join page at this moment: the session, its phase and what goes with it. */
export async function getJoinPageFor(link: string) {
  const opened = await open(link);
  if (!opened) return null;
  const { db, now, rule, config } = wiring();
  const at = now();
  const page = await getJoinPage(db, opened.signUpId, at);
  if (!page) return null;
  return {
    ...page,
    path: opened.path,
    phase: joinPhase(page.session, at, rule),
    opensAt: joinOpensAt(page.session, rule),
    evaluationClosesAt: evaluationClosesAt(page.session),
    calendar: calendarLinks(page.session, config.APP_URL),
  };
}

/** "Naar Microsoft Teams": records the join and gives the Teams link; null when the link does not work. */
export async function joinThrough(link: string): Promise<(JoinResult & { path: string }) | null> {
  const opened = await open(link);
  if (!opened) return null;
  const { db, now, rule } = wiring();
  return { ...(await joinSession(db, opened.signUpId, now(), rule)), path: opened.path };
}

/** The sign-up's calendar entry as a file to download: the same UID and sequence as the mailed ones. */
export async function joinCalendarFile(link: string) {
  const opened = await open(link);
  if (!opened) return null;
  const place = await getPlace(wiring().db, opened.signUpId);
  if (!place || place.status !== "confirmed" || place.session.cancelledAt) return null;
  return signUpCalendar({ id: opened.signUpId, sequence: place.calendarSequence }, place.session, "PUBLISH", await passSettings());
}

/** Whether the link's owner may answer the evaluation now: the path and null, the reason, or null for a dead link. */
export async function getEvaluationFor(link: string): Promise<{ path: string; title: string; refusal: EvaluationRefusal | null } | null> {
  // After closing, the evaluation page still says so, kindly; nothing else opens then.
  const opened = await open(link, { afterClosing: true });
  if (!opened) return null;
  const { db, now } = wiring();
  const place = await getPlace(db, opened.signUpId);
  if (!place) return null;
  return { path: opened.path, title: place.session.title, refusal: refusalOf(place, now()) };
}

/** Stores the link owner's answers once; the refusal, or null when stored. Undefined for a dead link. */
export async function answerEvaluationThrough(link: string, input: EvaluationInput): Promise<EvaluationRefusal | null | undefined> {
  const opened = await open(link);
  if (!opened) return undefined;
  const { db, now } = wiring();
  return answerEvaluation(db, opened.signUpId, input, now());
}
