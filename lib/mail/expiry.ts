import "server-only";
import { IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import { UPCOMING_KINDS, type MailKind } from "../statuses";

/**
 * Mails that came too late are never sent: link mails, corrections and new times once their
 * session has ended, "starting soon" once it has begun. They expire, a batch at a time. The
 * sender checks the same when it composes; this keeps the mail log honest meanwhile.
 */
export async function expireLateMails(db: Db, now: Date): Promise<number> {
  // Sessions, not registrants: a series has a handful.
  const [ended, started] = await Promise.all([
    db.session.findMany({ where: { endsAt: { lte: now } }, take: IDS_PER_QUERY, orderBy: { endsAt: "desc" }, select: { id: true } }),
    db.session.findMany({ where: { startsAt: { lte: now } }, take: IDS_PER_QUERY, orderBy: { startsAt: "desc" }, select: { id: true } }),
  ]);
  return (
    (await expire(db, UPCOMING_KINDS, ended, "de sessie was al voorbij")) + (await expire(db, ["starting-soon"], started, "de sessie was al begonnen"))
  );
}

async function expire(db: Db, kinds: MailKind[], sessions: { id: string }[], reason: string): Promise<number> {
  let expired = 0;
  for (;;) {
    const batch = await db.outboxMail.findMany({
      where: { kind: { in: kinds }, status: "pending", sessionId: { in: sessions.map((session) => session.id) } },
      take: IDS_PER_QUERY,
      select: { id: true },
    });
    if (batch.length === 0) return expired;
    const { count } = await db.outboxMail.updateMany({
      where: { id: { in: batch.map((mail) => mail.id) }, status: "pending" },
      data: { status: "expired", lastError: reason },
    });
    expired += count;
  }
}
