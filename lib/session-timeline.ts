// What happens around a session, and when: the join page opens, the "starting soon" mail goes
// out, the follow-up follows, the evaluation closes. Every question about these moments is
// answered here; when the Teams-link mail comes is lib/teams-link-rule.ts's.

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** How long after the session the evaluation (and with it the join link) stays open. */
export const EVALUATION_DAYS = 14;

/**
 * JOIN_OPENS_MINUTES: the join page's button appears this long before the start;
 * STARTING_SOON_MINUTES: the "starting soon" mail goes out this long before it (0: never);
 * FOLLOW_UP_HOURS: the follow-up goes out this long after the end.
 */
export type TimelineRule = { joinOpensMinutes: number; startingSoonMinutes: number; followUpHours: number };

type Timed = { startsAt: Date; endsAt: Date };

/** What the join page shows at `now`: the session ahead, the way in, or what came after. */
export type JoinPhase = "before" | "open" | "ended";

export function joinOpensAt(session: Timed, rule: Pick<TimelineRule, "joinOpensMinutes">): Date {
  return new Date(session.startsAt.getTime() - rule.joinOpensMinutes * MINUTE_MS);
}

export function joinPhase(session: Timed, now: Date, rule: Pick<TimelineRule, "joinOpensMinutes">): JoinPhase {
  if (now >= session.endsAt) return "ended";
  return now >= joinOpensAt(session, rule) ? "open" : "before";
}

/** Until this moment a person's join link works and the evaluation can be answered. */
export function evaluationClosesAt(session: Timed): Date {
  return new Date(session.endsAt.getTime() + EVALUATION_DAYS * DAY_MS);
}

/** The evaluation takes answers from the end of the session until it closes. */
export function evaluationOpen(session: Timed, now: Date): boolean {
  return now >= session.endsAt && now < evaluationClosesAt(session);
}

/** The moment of the "starting soon" mail, or null when STARTING_SOON_MINUTES is 0. */
export function startingSoonAt(session: Timed, rule: TimelineRule): Date | null {
  return rule.startingSoonMinutes === 0 ? null : new Date(session.startsAt.getTime() - rule.startingSoonMinutes * MINUTE_MS);
}

/**
 * Whether the "starting soon" mail goes out at `now`: from its moment until the start, for a
 * session that is on. A sign-up confirmed after the moment gets none: its link mail suffices.
 */
export function startingSoonDue(session: Timed & { cancelled: boolean }, now: Date, rule: TimelineRule): boolean {
  const at = startingSoonAt(session, rule);
  return at !== null && !session.cancelled && now >= at && now < session.startsAt;
}

/** The same rule as a range for a query: sessions starting after `startsAfter` and at or before `startsBy`. */
export function startingSoonWindow(now: Date, rule: TimelineRule): { startsAfter: Date; startsBy: Date } | null {
  if (rule.startingSoonMinutes === 0) return null;
  return { startsAfter: now, startsBy: new Date(now.getTime() + rule.startingSoonMinutes * MINUTE_MS) };
}

export function followUpAt(session: Timed, rule: TimelineRule): Date {
  return new Date(session.endsAt.getTime() + rule.followUpHours * HOUR_MS);
}

/**
 * The follow-up goes out from its moment, while there is still an evaluation to invite people to,
 * for a session that was not called off: as a range for a query, sessions that ended at or before
 * `endedBy` and after `endedAfter`.
 */
export function followUpWindow(now: Date, rule: TimelineRule): { endedBy: Date; endedAfter: Date } {
  return { endedBy: new Date(now.getTime() - rule.followUpHours * HOUR_MS), endedAfter: new Date(now.getTime() - EVALUATION_DAYS * DAY_MS) };
}
