import "server-only";
import { IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import { AUDIENCE_STATUSES, audience as audienceSchema, massMailingKind, type Audience, type MassMailingKind } from "../statuses";
import { linkMailsDue, linkSessionOf, type LinkRule } from "../teams-link-rule";
import { batchesPerPart, type PartsReport, type Tx } from "../transaction";
import { enqueueMails, raiseCalendarSequences, type NewMail } from "./outbox";

// A mail to many people of one session is recorded once, as a mass mailing, in the transaction of
// the change that causes it. A scheduler step then queues its outbox rows a batch of sign-ups per
// transaction, after the mailing's cursor: no step holds every registrant at once, a crash resumes
// where it stopped, and the dedupe key per (mailing, sign-up) makes a repeated batch harmless.

export type NewMassMailing = {
  kind: MassMailingKind;
  /** Unique: recording the same occasion twice records one mailing. */
  occasion: string;
  sessionId: string;
  audience: Audience;
  timeVersion?: number;
  subject?: string;
  body?: string;
  organiserId?: string;
};

/** Records a mass mailing inside the caller's transaction; an occasion recorded before is left as it is. */
export async function recordMassMailing(tx: Tx, mailing: NewMassMailing, now: Date): Promise<void> {
  await tx.massMailing.upsert({ where: { occasion: mailing.occasion }, create: { ...mailing, createdAt: now }, update: {} });
}

/** Queues the rows of every unfinished mass mailing, each mailing on its own: one that fails stops none of the others. */
export async function fanOutMassMailings(db: Db, now: Date, rule: LinkRule, batchSize = IDS_PER_QUERY): Promise<PartsReport> {
  const open = await db.massMailing.findMany({ where: { doneAt: null }, orderBy: { createdAt: "asc" }, take: 50, select: { id: true } });
  return batchesPerPart(db, open.map((mailing) => mailing.id), (tx, id) => fanOutBatch(tx, id, now, rule, batchSize));
}

/** One batch of one mailing; returns how many sign-ups it handled (0 once the mailing is done). */
export async function fanOutBatch(tx: Tx, mailingId: string, now: Date, rule: LinkRule, size: number): Promise<number> {
  // One instance at a time per mailing; a second one waits, then goes on after the first's cursor.
  await tx.$executeRaw`UPDATE "MassMailing" SET "cursor" = "cursor" WHERE "id" = ${mailingId}`;
  const mailing = await tx.massMailing.findUnique({
    where: { id: mailingId },
    select: { kind: true, audience: true, timeVersion: true, cursor: true, doneAt: true, createdAt: true, session: { select: sessionSelect } },
  });
  if (!mailing || mailing.doneAt) return 0;
  const kind = massMailingKind.parse(mailing.kind);
  const session = linkSessionOf(mailing.session);
  if (!stillApplies(kind, mailing, session, now)) {
    await tx.massMailing.update({ where: { id: mailingId }, data: { doneAt: now } });
    return 0;
  }
  const signUps = await tx.signUp.findMany({
    where: {
      sessionId: session.id,
      status: { in: AUDIENCE_STATUSES[audienceSchema.parse(mailing.audience)] },
      // Who asked for a place after the mailing was recorded learned the news from their own mail.
      requestedAt: { lte: mailing.createdAt },
      ...(mailing.cursor ? { id: { gt: mailing.cursor } } : {}),
    },
    orderBy: { id: "asc" },
    take: size,
    select: { id: true, status: true, joinedAt: true, registrant: { select: { id: true, email: true, manageLinkVersion: true } } },
  });
  // A confirmed place whose Teams-link mail is due gets the new time in that mail (lib/mail/link-planner.ts), not in a second one.
  const linkMailCarriesIt = kind === "time-change" && linkMailsDue(session, now, rule);
  const mailed = signUps.filter((signUp) => !(linkMailCarriesIt && signUp.status === "confirmed"));
  const calendared = kind === "time-change" ? mailed.filter((signUp) => signUp.status === "confirmed").map((signUp) => signUp.id) : [];
  const sequences = await raiseCalendarSequences(tx, calendared);
  await enqueueMails(
    tx,
    mailed.map((signUp): NewMail => {
      const envelope = { recipient: signUp.registrant.email, registrantId: signUp.registrant.id, signUpId: signUp.id, sessionId: session.id };
      const manageLink = signUp.registrant.manageLinkVersion;
      if (kind === "time-change") {
        const payload = { manageLink, timeVersion: mailing.timeVersion ?? 1, sequence: sequences.get(signUp.id) ?? null };
        return { ...envelope, kind, dedupeKey: `time-change:${mailingId}:${signUp.id}`, payload };
      }
      const mailKind = kind === "message" ? "message" : signUp.joinedAt ? "thank-you" : "missed";
      return { ...envelope, kind: mailKind, dedupeKey: `${mailKind}:${mailingId}:${signUp.id}`, payload: { manageLink, mailingId } };
    }),
    now,
  );
  const done = signUps.length < size;
  await tx.massMailing.update({
    where: { id: mailingId },
    data: { ...(signUps.length > 0 ? { cursor: signUps.at(-1)!.id } : {}), ...(done ? { doneAt: now } : {}) },
  });
  return signUps.length;
}

const sessionSelect = { id: true, startsAt: true, endsAt: true, teamsUrl: true, cancelledAt: true, timeVersion: true } as const;

/** A new time of a session called off, over, or moved again since, and a follow-up of one called off, are not sent. */
function stillApplies(
  kind: MassMailingKind,
  mailing: { timeVersion: number | null },
  session: { endsAt: Date; cancelled: boolean; timeVersion: number },
  now: Date,
): boolean {
  if (kind === "time-change") return !session.cancelled && session.endsAt > now && mailing.timeVersion === session.timeVersion;
  if (kind === "follow-up") return !session.cancelled;
  return true;
}
