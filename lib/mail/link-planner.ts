import "server-only";
import { IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import { LINK_KINDS } from "../statuses";
import { dueWindow, type LinkRule } from "../teams-link-rule";
import { batchesPerPart, lockSessions, type PartsReport, type Tx } from "../transaction";
import { enqueueMails, raiseCalendarSequences } from "./outbox";

/**
 * The one link mail that must exist per place and version of the session's link and time. A place
 * is a sign-up from the moment it was confirmed: cancelled and taken again, it is a new one.
 */
export const linkMailKey = (signUp: { id: string; confirmedAt: Date | null }, linkVersion: number) =>
  `link:${signUp.id}:${signUp.confirmedAt?.getTime() ?? 0}:${linkVersion}`;

/** Sessions whose link mails are due at `now`, as lib/teams-link-rule.ts defines it. */
function dueSessions(now: Date, rule: LinkRule) {
  const { startsBy, endsAfter } = dueWindow(now, rule);
  return { cancelledAt: null, teamsUrl: { not: null }, endsAt: { gt: endsAfter }, startsAt: { lte: startsBy } };
}

/**
 * Queues the Teams-link mail for every confirmed sign-up of a due session that has none for the
 * session's current link version, a batch per transaction. When an earlier version already went
 * out, the new mail is a correction; an earlier one still unsent is superseded. Each session is
 * planned on its own: one that fails is reported, and the others go on. Idempotent, so it can
 * run on every instance, every minute, and resumes where a crash left it.
 */
export async function planLinkMails(db: Db, now: Date, rule: LinkRule, batchSize = IDS_PER_QUERY): Promise<PartsReport> {
  const due = await db.session.findMany({ where: dueSessions(now, rule), select: { id: true } });
  return batchesPerPart(db, due.map((session) => session.id), (tx, id) => planBatch(tx, id, now, rule, batchSize));
}

/** The same for a few sign-ups, inside the caller's transaction: a sign-up or move-up inside the window. */
export async function planLinkMailsInTx(tx: Tx, now: Date, rule: LinkRule, signUpIds: string[]): Promise<number> {
  const sessions = await tx.signUp.findMany({ where: { id: { in: signUpIds } }, distinct: ["sessionId"], select: { sessionId: true } });
  let planned = 0;
  for (const { sessionId } of sessions) planned += await planBatch(tx, sessionId, now, rule, signUpIds.length, signUpIds);
  return planned;
}

/** Queues one batch of link mails for one session; returns how many (0 when the session is done). */
async function planBatch(tx: Tx, sessionId: string, now: Date, rule: LinkRule, size: number, only?: string[]): Promise<number> {
  // One planner per session at a time; a second one waits, then finds nothing left to do.
  await lockSessions(tx, [sessionId]);
  const session = await tx.session.findFirst({ where: { id: sessionId, ...dueSessions(now, rule) }, select: { linkVersion: true } });
  if (!session) return 0;
  const { linkVersion } = session;
  const signUps = await tx.signUp.findMany({
    where: {
      sessionId,
      status: "confirmed",
      OR: [{ linkMailVersion: null }, { linkMailVersion: { lt: linkVersion } }],
      ...(only ? { id: { in: only } } : {}),
    },
    orderBy: { id: "asc" },
    take: size,
    select: { id: true, registrantId: true, confirmedAt: true, linkMailVersion: true, registrant: { select: { email: true, manageLinkVersion: true } } },
  });
  if (signUps.length === 0) return 0;
  const ids = signUps.map((signUp) => signUp.id);
  const hadOne = await tx.outboxMail.findMany({
    where: { signUpId: { in: ids }, kind: { in: LINK_KINDS }, status: "sent" },
    distinct: ["signUpId"],
    select: { signUpId: true },
  });
  // A correction replaces a link mail this place already got; a place taken again starts afresh.
  const sentBefore = new Set(hadOne.map((mail) => mail.signUpId));
  const corrected = new Set(signUps.filter((s) => s.linkMailVersion !== null && sentBefore.has(s.id)).map((s) => s.id));
  // Whatever of an older version is still unsent is never sent now.
  await tx.outboxMail.updateMany({
    where: { signUpId: { in: ids }, kind: { in: LINK_KINDS }, status: "pending" },
    data: { status: "superseded", lastError: "vervangen door een nieuwere versie" },
  });
  await tx.signUp.updateMany({ where: { id: { in: ids } }, data: { linkMailVersion: linkVersion } });
  const sequences = await raiseCalendarSequences(tx, ids);
  await enqueueMails(
    tx,
    signUps.map((signUp) => ({
      kind: corrected.has(signUp.id) ? ("correction" as const) : ("link" as const),
      recipient: signUp.registrant.email,
      dedupeKey: linkMailKey(signUp, linkVersion),
      registrantId: signUp.registrantId,
      signUpId: signUp.id,
      sessionId,
      payload: { manageLink: signUp.registrant.manageLinkVersion, linkVersion, sequence: sequences.get(signUp.id)! },
    })),
    now,
  );
  return signUps.length;
}
