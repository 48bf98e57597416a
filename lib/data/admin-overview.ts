import "server-only";
import type { Db } from "../db";
import { getAttendance, type Attendance } from "./attendance";
import { MAX_SESSIONS } from "../series/state";
import { LINK_KINDS } from "../statuses";
import { linkMailDeadline, linkMissing, linkSessionOf, type LinkRule } from "../teams-link-rule";

export type SessionOverview = {
  id: string;
  number: number;
  position: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  cancelled: boolean;
  /** The session is over: who did not join, missed it. */
  ended: boolean;
  hasLink: boolean;
  registrations: { confirmed: number; waitlisted: number; cancelled: number };
  /** Of the confirmed, who went to Teams through their join link. */
  attendance: Attendance;
  /** Sign-ups deleted at the person's request: anonymous counts that stay (ErasedCount). */
  erased: number;
  linkMails: { due: number; sent: number; failed: number; expired: number };
  /** The Teams-link mails must be with the mail server by then. */
  deadline: Date;
  /** The link mails are due, but there is no link yet. */
  missingLinkWarning: boolean;
};

/** Per session of a series, in programme order, what the organisers follow: registrations, link and link mails. Never cached. */
export async function getSessionOverview(db: Db, seriesId: string, now: Date, rule: LinkRule): Promise<SessionOverview[]> {
  const sessions = await db.session.findMany({
    where: { seriesId },
    orderBy: [{ position: "asc" }, { number: "asc" }],
    take: MAX_SESSIONS,
    select: {
      id: true,
      number: true,
      position: true,
      title: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      cancelledAt: true,
      teamsUrl: true,
      erased: { select: { confirmed: true, waitlisted: true, cancelled: true } },
    },
  });
  const ids = sessions.map((session) => session.id);
  const signUps = await db.signUp.groupBy({ by: ["sessionId", "status"], where: { sessionId: { in: ids } }, _count: { _all: true } });
  const mails = await db.outboxMail.groupBy({
    by: ["sessionId", "status"],
    where: { kind: { in: LINK_KINDS }, sessionId: { in: ids } },
    _count: { _all: true },
  });
  const attendance = await getAttendance(db, sessions.map((session) => session.id));
  const count = (rows: { sessionId: string | null; status: string; _count: { _all: number } }[], id: string, ...statuses: string[]) =>
    rows.filter((row) => row.sessionId === id && statuses.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);

  return sessions.map((session) => {
    return {
      id: session.id,
      number: session.number,
      position: session.position,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      capacity: session.capacity,
      cancelled: session.cancelledAt !== null,
      ended: session.endsAt <= now,
      hasLink: session.teamsUrl !== null,
      registrations: {
        confirmed: count(signUps, session.id, "confirmed"),
        waitlisted: count(signUps, session.id, "waitlisted"),
        cancelled: count(signUps, session.id, "cancelled"),
      },
      attendance: attendance.get(session.id)!,
      erased: session.erased ? session.erased.confirmed + session.erased.waitlisted + session.erased.cancelled : 0,
      linkMails: {
        due: count(mails, session.id, "pending", "sending"),
        sent: count(mails, session.id, "sent"),
        failed: count(mails, session.id, "failed"),
        expired: count(mails, session.id, "expired"),
      },
      deadline: linkMailDeadline(session),
      missingLinkWarning: linkMissing(linkSessionOf(session), now, rule),
    };
  });
}

export async function countFailedMails(db: Db): Promise<number> {
  return db.outboxMail.count({ where: { status: "failed" } });
}
