// When a registrant gets the Teams link. Every question about it is answered here: the planner's,
// the texts that promise the link, the organisers' deadline and when a missing link is a problem.

const HOUR_MS = 60 * 60 * 1000;

/** The link mails must be with the mail server this long before the start. */
export const DEADLINE_HOURS = 24;

/** The organisers are warned a second time this long before the deadline if the link is still missing. */
export const DEADLINE_WARNING_HOURS = 6;

/** REMINDER_LEAD_HOURS: how long before the start the link mails are due. */
export type LinkRule = { leadHours: number };

type Timed = { startsAt: Date; endsAt: Date };
export type LinkSession = Timed & { hasTeamsLink: boolean; cancelled: boolean };

/** A session as stored, as this rule reads it. */
export function linkSessionOf<S extends Timed & { teamsUrl: string | null; cancelledAt: Date | null }>(session: S): S & LinkSession {
  return { ...session, hasTeamsLink: session.teamsUrl !== null, cancelled: session.cancelledAt !== null };
}

/** From this moment the link mails are due (and a missing link is a problem). */
export function linkMailsDueFrom(session: { startsAt: Date }, rule: LinkRule): Date {
  return new Date(session.startsAt.getTime() - rule.leadHours * HOUR_MS);
}

/** By this moment every link mail must have reached the mail server. */
export function linkMailDeadline(session: { startsAt: Date }): Date {
  return new Date(session.startsAt.getTime() - DEADLINE_HOURS * HOUR_MS);
}

/** From this moment a link that is still missing is urgent: the deadline is near. */
export function linkDeadlineWarningFrom(session: { startsAt: Date }): Date {
  return new Date(linkMailDeadline(session).getTime() - DEADLINE_WARNING_HOURS * HOUR_MS);
}

/**
 * How urgent a missing link is at `now`: "due" once the link mails are due without it, "near" from
 * the warning moment on. A lead time so short that the warning moment comes first has no "near":
 * the first warning already comes that late.
 */
export function missingLinkStage(session: LinkSession, now: Date, rule: LinkRule): "due" | "near" | null {
  if (!linkMissing(session, now, rule)) return null;
  const warning = linkDeadlineWarningFrom(session);
  return now >= warning && warning > linkMailsDueFrom(session, rule) ? "near" : "due";
}

/** Whether the link mails of this session go out at `now`: it has a link, is on and not over, and is within the lead time. */
export function linkMailsDue(session: LinkSession, now: Date, rule: LinkRule): boolean {
  return session.hasTeamsLink && !session.cancelled && now < session.endsAt && now >= linkMailsDueFrom(session, rule);
}

/**
 * The same rule as a range for a query: sessions starting at or before `startsBy` and ending after
 * `endsAfter`, that are not cancelled and have a link, are due.
 */
export function dueWindow(now: Date, rule: LinkRule): { startsBy: Date; endsAfter: Date } {
  return { startsBy: new Date(now.getTime() + rule.leadHours * HOUR_MS), endsAfter: now };
}

/** The link mails are due, but there is no link to send: the organisers must act. */
export function linkMissing(session: LinkSession, now: Date, rule: LinkRule): boolean {
  return !session.hasTeamsLink && !session.cancelled && now < session.startsAt && now >= linkMailsDueFrom(session, rule);
}

/** What a confirmed registrant may be promised at `now` about the link. */
export type LinkTiming = "by-deadline" | "within-minutes" | "once-set";

export function linkTiming(session: LinkSession, now: Date, rule: LinkRule): LinkTiming {
  if (linkMailsDue(session, now, rule)) return "within-minutes";
  // Before the deadline the organisers can still set the link in time; after it, no date can be promised.
  return now < linkMailDeadline(session) ? "by-deadline" : "once-set";
}

export const LINK_TIMING_TEXT: Record<LinkTiming, string> = {
  "by-deadline": "Uiterlijk een dag voor de sessie krijg je een mail met de link naar Microsoft Teams.",
  "within-minutes": "De link naar Teams krijg je binnen een paar minuten in een aparte mail.",
  "once-set": "De link naar Teams krijg je in een aparte mail, zodra de organisatie die klaarzet.",
};

/** The same promise, on a page read before signing up. */
export const LINK_TIMING_BEFORE_SIGN_UP: Record<LinkTiming, string> = {
  "by-deadline": "Je krijgt de link uiterlijk een dag van tevoren per mail.",
  "within-minutes": "Meld je je nu aan, dan krijg je de link binnen een paar minuten per mail.",
  "once-set": "Je krijgt de link per mail, zodra de organisatie die klaarzet.",
};
