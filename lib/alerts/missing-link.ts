import "server-only";
import type { Db } from "../db";
import { currentSeriesId, MAX_SESSIONS } from "../series/state";
import { dueWindow, linkSessionOf, missingLinkStage, type LinkRule } from "../teams-link-rule";
import { queueAlert } from "./queue-alert";

/**
 * Warns the organisers about a session of the public series whose link mails are due while it has
 * no Teams link: once when they become due, and again when the deadline is near. The moments are
 * the link rule's (lib/teams-link-rule.ts), as on the admin overview. Returns the alerts queued.
 */
export async function planMissingLinkAlerts(db: Db, now: Date, rule: LinkRule): Promise<number> {
  const seriesId = await currentSeriesId(db);
  if (!seriesId) return 0;
  const { startsBy } = dueWindow(now, rule);
  const sessions = await db.session.findMany({
    where: { seriesId, teamsUrl: null, cancelledAt: null, startsAt: { gt: now, lte: startsBy } },
    orderBy: { startsAt: "asc" },
    take: MAX_SESSIONS,
    select: { id: true, startsAt: true, endsAt: true, teamsUrl: true, cancelledAt: true },
  });
  let queued = 0;
  for (const session of sessions) {
    const stage = missingLinkStage(linkSessionOf(session), now, rule);
    if (!stage) continue;
    const startsAt = session.startsAt.getTime();
    queued += await queueAlert(
      db,
      { kind: "alert-missing-link", occasion: `${session.id}:${startsAt}:${stage}`, payload: { sessionId: session.id, startsAt, stage }, sessionId: session.id },
      now,
    );
  }
  return queued;
}
