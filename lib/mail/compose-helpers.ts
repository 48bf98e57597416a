import "server-only";
import type { Tx } from "../transaction";
import type { Db } from "../db";
import { formatSessionTime } from "../time";
import { calendarAttachment, type CalendarAttachment } from "./calendar";
import { mintManageToken } from "../registration/manage-token";

export type MailSettings = { appUrl: string; contactEmail: string; from: string; leadHours: number };

export type ComposedMail = { subject: string; html: string; text: string; attachments: CalendarAttachment[] };

/** A mail that no longer makes sense when its turn comes is not sent, and says why. */
export type Composition = ComposedMail | { skip: "superseded" | "expired"; reason: string };

export type CalendarSession = { title: string; description: string; startsAt: Date; endsAt: Date; teamsUrl?: string | null };

const HOUR_MS = 60 * 60 * 1000;

export function when(session: { startsAt: Date; endsAt: Date }): string {
  return formatSessionTime(session.startsAt, session.endsAt);
}

/** True when the Teams-link mail is already due, so it follows within minutes. */
export function linkSoon(session: { startsAt: Date }, now: Date, settings: MailSettings): boolean {
  return session.startsAt.getTime() - now.getTime() <= settings.leadHours * HOUR_MS;
}

export async function manageUrl(db: Db | Tx, registrantId: string, settings: MailSettings): Promise<string> {
  return `${settings.appUrl}/mijn-aanmelding/${await mintManageToken(db, registrantId)}`;
}

/** The bare address of "Name <address>", as in MAIL_FROM. */
export function senderAddress(from: string): string {
  return from.match(/<([^>]+)>/)?.[1] ?? from;
}

/**
 * The calendar entry of one sign-up. Its UID never changes and every attachment raises the
 * sequence, so each one updates (or, with CANCEL, removes) the entry the previous one made.
 */
export async function signUpCalendar(
  db: Db | Tx,
  signUpId: string,
  session: CalendarSession,
  method: "REQUEST" | "CANCEL",
  attendee: { name: string; email: string },
  settings: MailSettings,
): Promise<CalendarAttachment> {
  const { calendarSequence } = await db.signUp.update({
    where: { id: signUpId },
    data: { calendarSequence: { increment: 1 } },
    select: { calendarSequence: true },
  });
  return calendarAttachment({
    uid: `signup-${signUpId}@${new URL(settings.appUrl).hostname}`,
    sequence: calendarSequence,
    method,
    title: session.title,
    description: session.description,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    url: session.teamsUrl ?? null,
    organizer: { name: "Hogeschool Utrecht – CoSIE", email: senderAddress(settings.from) },
    attendee,
  });
}
