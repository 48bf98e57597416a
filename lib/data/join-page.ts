import "server-only";
import type { Db } from "../db";
import { signUpStatus } from "../statuses";
import { followUpSelect, getNextSessionFor, toFollowUpContent } from "./follow-up";
import { tipsOf } from "../text/tips";

/** A session as the join page and the mails around it read it. */
export const aroundSessionSelect = {
  id: true,
  number: true,
  seriesId: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  teamsUrl: true,
  cancelledAt: true,
  timeVersion: true,
  series: { select: { joinTips: true } },
  followUp: { select: followUpSelect },
} as const;

/** What a join page shows of its sign-up, its session and what came after. Personal: never cached. */
export async function getJoinPage(db: Db, signUpId: string, now: Date) {
  const signUp = await db.signUp.findUnique({
    where: { id: signUpId },
    select: {
      status: true,
      joinedAt: true,
      evaluated: true,
      registrantId: true,
      calendarSequence: true,
      session: { select: aroundSessionSelect },
    },
  });
  if (!signUp) return null;
  const { session } = signUp;
  const ended = session.endsAt <= now;
  return {
    status: signUpStatus.parse(signUp.status),
    joined: signUp.joinedAt !== null,
    evaluated: signUp.evaluated,
    calendarSequence: signUp.calendarSequence,
    session: {
      id: session.id,
      number: session.number,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      hasTeamsLink: session.teamsUrl !== null,
      cancelled: session.cancelledAt !== null,
    },
    joinTips: tipsOf(session.series.joinTips),
    followUp: toFollowUpContent(session.followUp),
    // Only after the session, for the person who missed it: where they can still go.
    next: ended && !signUp.joinedAt ? await getNextSessionFor(db, session.seriesId, signUp.registrantId, now) : null,
  };
}

export type JoinPageData = NonNullable<Awaited<ReturnType<typeof getJoinPage>>>;

/** Only what the calendar file and the evaluation need of a sign-up: one light read. */
export async function getPlace(db: Db, signUpId: string) {
  return db.signUp.findUnique({
    where: { id: signUpId },
    select: {
      status: true,
      evaluated: true,
      sessionId: true,
      calendarSequence: true,
      session: { select: { title: true, description: true, startsAt: true, endsAt: true, cancelledAt: true } },
    },
  });
}

export type Place = NonNullable<Awaited<ReturnType<typeof getPlace>>>;
