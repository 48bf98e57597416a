import "server-only";
import type { Db } from "../db";
import { followUpWindow, type TimelineRule } from "../session-timeline";
import { inTransaction } from "../transaction";
import { recordMassMailing } from "./mass-mailing";

export const followUpOccasion = (sessionId: string) => `follow-up:${sessionId}`;

/**
 * Records the follow-up of every session whose moment has come (lib/session-timeline.ts): one
 * mass mailing per session, ever, that thanks those who joined and tells those who did not what
 * they missed. Nothing for a session called off, or one whose organisers switched it off.
 */
export async function planFollowUps(db: Db, now: Date, rule: TimelineRule): Promise<number> {
  const { endedBy, endedAfter } = followUpWindow(now, rule);
  const due = await db.session.findMany({
    where: {
      cancelledAt: null,
      endsAt: { lte: endedBy, gt: endedAfter },
      OR: [{ followUp: null }, { followUp: { enabled: true } }],
      mailings: { none: { kind: "follow-up" } },
    },
    // Sessions, not registrants: a series has a handful.
    take: 50,
    select: { id: true },
  });
  for (const { id } of due) {
    await inTransaction(db, (tx) => recordMassMailing(tx, { kind: "follow-up", occasion: followUpOccasion(id), sessionId: id, audience: "confirmed" }, now));
  }
  return due.length;
}
