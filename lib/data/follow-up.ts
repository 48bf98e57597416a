import "server-only";
import type { Db } from "../db";
import { ACTIVE_STATUSES } from "../statuses";

export type FollowUpLink = { label: string; url: string };
export type FollowUpContent = { enabled: boolean; text: string; links: FollowUpLink[] };

/** The three links an organiser may add, in the order mails and pages show them. */
export const FOLLOW_UP_LINKS = [
  { field: "slidesUrl", label: "De dia’s van de sessie" },
  { field: "recordingUrl", label: "De opname van de sessie" },
  { field: "readingUrl", label: "Verder lezen" },
] as const;

/** What a page or a mail reads of a session's follow-up. */
export const followUpSelect = { enabled: true, text: true, slidesUrl: true, recordingUrl: true, readingUrl: true } as const;

type FollowUpRow = { enabled: boolean; text: string; slidesUrl: string | null; recordingUrl: string | null; readingUrl: string | null };

/** A session without a row has the standard follow-up: on, the standard text, no links. */
export function toFollowUpContent(row: FollowUpRow | null): FollowUpContent {
  if (!row) return { enabled: true, text: "", links: [] };
  const links = FOLLOW_UP_LINKS.flatMap(({ field, label }) => (row[field] ? [{ label, url: row[field] }] : []));
  return { enabled: row.enabled, text: row.text, links };
}

export async function getFollowUp(db: Db, sessionId: string): Promise<FollowUpContent & { raw: FollowUpRow | null }> {
  const raw = await db.followUp.findUnique({ where: { sessionId }, select: followUpSelect });
  return { ...toFollowUpContent(raw), raw };
}

/** Whether the follow-up of a session went out yet: when it was queued, and when its last mail was. */
export async function getFollowUpMailing(db: Db, sessionId: string) {
  return db.massMailing.findFirst({ where: { sessionId, kind: "follow-up" }, select: { createdAt: true, doneAt: true } });
}

export type NextSession = { number: number; title: string; startsAt: Date; endsAt: Date };

/**
 * The next session of the same series that this person can still sign up for: not yet started,
 * not called off, and not one they already hold a place or a waiting-list spot for.
 */
export async function getNextSessionFor(db: Db, seriesId: string, registrantId: string, now: Date): Promise<NextSession | null> {
  return db.session.findFirst({
    where: {
      seriesId,
      cancelledAt: null,
      startsAt: { gt: now },
      signUps: { none: { registrantId, status: { in: ACTIVE_STATUSES } } },
    },
    orderBy: { startsAt: "asc" },
    select: { number: true, title: true, startsAt: true, endsAt: true },
  });
}
