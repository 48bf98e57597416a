import "server-only";
import type { Db } from "../db";
import type { Tx } from "../transaction";
import { enqueueMail } from "./outbox";

const HOUR_MS = 60 * 60 * 1000;

/** The one link mail that must exist per sign-up and version of the session's link and time. */
export const linkMailKey = (signUpId: string, linkVersion: number) => `link:${signUpId}:${linkVersion}`;

/** Sessions whose link mails are due at `now`: a link is set, and the session is within the lead time. */
function dueSessions(now: Date, leadHours: number) {
  return {
    cancelledAt: null,
    teamsUrl: { not: null },
    endsAt: { gt: now },
    startsAt: { lte: new Date(now.getTime() + leadHours * HOUR_MS) },
  };
}

/**
 * Queues the Teams-link mail for confirmed sign-ups of due sessions that have none for the
 * session's current link version. When an earlier version already went out, the new mail is a
 * correction; an earlier one still unsent is superseded. Idempotent: safe on every instance,
 * every minute, and inside a sign-up's own transaction (pass `signUpIds`).
 */
export async function planLinkMails(db: Db | Tx, now: Date, leadHours: number, signUpIds?: string[]): Promise<number> {
  const sessions = await db.session.findMany({
    where: { ...dueSessions(now, leadHours), ...(signUpIds ? { signUps: { some: { id: { in: signUpIds } } } } : {}) },
    select: {
      id: true,
      linkVersion: true,
      signUps: {
        where: { status: "confirmed", ...(signUpIds ? { id: { in: signUpIds } } : {}) },
        select: { id: true, registrantId: true, registrant: { select: { email: true } } },
      },
    },
  });
  let planned = 0;
  for (const session of sessions) {
    const earlier = await db.outboxMail.findMany({
      where: { sessionId: session.id, kind: { in: ["link", "correction"] }, signUpId: { in: session.signUps.map((s) => s.id) } },
      select: { signUpId: true, dedupeKey: true, status: true },
    });
    for (const signUp of session.signUps) {
      const key = linkMailKey(signUp.id, session.linkVersion);
      const own = earlier.filter((mail) => mail.signUpId === signUp.id);
      if (own.some((mail) => mail.dedupeKey === key)) continue;
      await db.outboxMail.updateMany({
        where: { signUpId: signUp.id, kind: { in: ["link", "correction"] }, status: "pending" },
        data: { status: "superseded", lastError: "vervangen door een nieuwere versie" },
      });
      await enqueueMail(
        db as Tx,
        {
          kind: own.some((mail) => mail.status === "sent") ? "correction" : "link",
          recipient: signUp.registrant.email,
          dedupeKey: key,
          registrantId: signUp.registrantId,
          signUpId: signUp.id,
          sessionId: session.id,
          payload: { linkVersion: session.linkVersion },
        },
        now,
      );
      planned++;
    }
  }
  return planned;
}

/** Link and correction mails for sessions that have ended are never sent: they expire. */
export async function expireLinkMails(db: Db, now: Date): Promise<number> {
  const { count } = await db.outboxMail.updateMany({
    where: { kind: { in: ["link", "correction"] }, status: "pending", sessionId: { in: await endedSessionIds(db, now) } },
    data: { status: "expired", lastError: "de sessie was al voorbij" },
  });
  return count;
}

async function endedSessionIds(db: Db, now: Date): Promise<string[]> {
  const ended = await db.session.findMany({ where: { endsAt: { lte: now } }, select: { id: true } });
  return ended.map((session) => session.id);
}
