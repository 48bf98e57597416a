import "server-only";
import type { Db } from "../db";
import { LINK_KINDS } from "../statuses";
import { dueWindow, type LinkRule } from "../teams-link-rule";
import { inTransaction, type Tx } from "../transaction";
import { enqueueMail, raiseCalendarSequences } from "./outbox";

/** The one link mail that must exist per sign-up and version of the session's link and time. */
export const linkMailKey = (signUpId: string, linkVersion: number) => `link:${signUpId}:${linkVersion}`;

/** Sessions whose link mails are due at `now`, as lib/teams-link-rule.ts defines it. */
function dueSessions(now: Date, rule: LinkRule) {
  const { startsBy, endsAfter } = dueWindow(now, rule);
  return { cancelledAt: null, teamsUrl: { not: null }, endsAt: { gt: endsAfter }, startsAt: { lte: startsBy } };
}

/**
 * Queues the Teams-link mail for confirmed sign-ups of due sessions that have none for the
 * session's current link version. When an earlier version already went out, the new mail is a
 * correction; an earlier one still unsent is superseded. Idempotent: safe on every instance and
 * every minute; each session is planned in a transaction of its own, which a concurrent planner
 * that got there first simply makes a no-op.
 */
export async function planLinkMails(db: Db, now: Date, rule: LinkRule): Promise<number> {
  const due = await db.session.findMany({ where: dueSessions(now, rule), select: { id: true } });
  let planned = 0;
  for (const { id } of due) {
    planned += await inTransaction(db, (tx) => planLinkMailsInTx(tx, now, rule, { sessionId: id }));
  }
  return planned;
}

/** The same, inside the caller's transaction: for a sign-up or move-up inside the window. */
export async function planLinkMailsInTx(
  tx: Tx,
  now: Date,
  rule: LinkRule,
  only: { sessionId: string } | { signUpIds: string[] },
): Promise<number> {
  const signUpIds = "signUpIds" in only ? only.signUpIds : undefined;
  const sessions = await tx.session.findMany({
    where: {
      ...dueSessions(now, rule),
      ...("sessionId" in only ? { id: only.sessionId } : { signUps: { some: { id: { in: only.signUpIds } } } }),
    },
    select: {
      id: true,
      linkVersion: true,
      signUps: {
        where: { status: "confirmed", ...(signUpIds ? { id: { in: signUpIds } } : {}) },
        select: { id: true, registrantId: true, registrant: { select: { email: true, manageLinkVersion: true } } },
      },
    },
  });
  let planned = 0;
  for (const session of sessions) {
    const earlier = await tx.outboxMail.findMany({
      where: { sessionId: session.id, kind: { in: LINK_KINDS }, signUpId: { in: session.signUps.map((s) => s.id) } },
      select: { signUpId: true, dedupeKey: true, status: true },
    });
    for (const signUp of session.signUps) {
      const key = linkMailKey(signUp.id, session.linkVersion);
      const own = earlier.filter((mail) => mail.signUpId === signUp.id);
      if (own.some((mail) => mail.dedupeKey === key)) continue;
      // Only older versions: a concurrent planner may have just committed this version's row.
      await tx.outboxMail.updateMany({
        where: { signUpId: signUp.id, kind: { in: LINK_KINDS }, status: "pending", dedupeKey: { not: key } },
        data: { status: "superseded", lastError: "vervangen door een nieuwere versie" },
      });
      const sequence = (await raiseCalendarSequences(tx, [signUp.id])).get(signUp.id)!;
      await enqueueMail(
        tx,
        {
          kind: own.some((mail) => mail.status === "sent") ? "correction" : "link",
          recipient: signUp.registrant.email,
          dedupeKey: key,
          registrantId: signUp.registrantId,
          signUpId: signUp.id,
          sessionId: session.id,
          payload: { manageLink: signUp.registrant.manageLinkVersion, linkVersion: session.linkVersion, sequence },
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
    where: { kind: { in: LINK_KINDS }, status: "pending", sessionId: { in: await endedSessionIds(db, now) } },
    data: { status: "expired", lastError: "de sessie was al voorbij" },
  });
  return count;
}

async function endedSessionIds(db: Db, now: Date): Promise<string[]> {
  const ended = await db.session.findMany({ where: { endsAt: { lte: now } }, select: { id: true } });
  return ended.map((session) => session.id);
}
