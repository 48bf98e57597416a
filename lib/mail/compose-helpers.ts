import "server-only";
import { managePath, type LinkOwner } from "../links/manage-link";
import type { LinkRule } from "../teams-link-rule";
import { formatSessionTime } from "../time";
import { calendarAttachment, type CalendarAttachment } from "./calendar";

export type MailSettings = LinkRule & {
  appUrl: string;
  contactEmail: string;
  from: string;
  /** The key personal links are derived from (lib/links). */
  linkSecret: Buffer;
};

export type ComposedMail = { subject: string; html: string; text: string; attachments: CalendarAttachment[] };

/** A mail that no longer makes sense when its turn comes is not sent, and says why. */
export type Composition = ComposedMail | { skip: "superseded" | "expired"; reason: string };

export type CalendarSession = { title: string; description: string; startsAt: Date; endsAt: Date };

export function when(session: { startsAt: Date; endsAt: Date }): string {
  return formatSessionTime(session.startsAt, session.endsAt);
}

/** The person's manage link: derived, so every attempt at a mail carries the same one. */
export function manageUrl(person: LinkOwner, settings: MailSettings): string {
  return `${settings.appUrl}${managePath(settings.linkSecret, person)}`;
}

/**
 * The manage link in a queued mail: of the version fixed when it was queued, so every attempt
 * carries the same link; unless the person has since opened a newer one, which ended it.
 */
export function mailedManageUrl(person: { id: string; manageLinkValidFrom: number }, queuedVersion: number, settings: MailSettings): string {
  return manageUrl({ id: person.id, manageLinkVersion: Math.max(queuedVersion, person.manageLinkValidFrom) }, settings);
}

/** The bare address of "Name <address>", as in MAIL_FROM. */
export function senderAddress(from: string): string {
  return from.match(/<([^>]+)>/)?.[1] ?? from;
}

/**
 * The calendar entry of one sign-up. Its UID never changes and the sequence was raised when the
 * mail was queued, so each one updates (or, with CANCEL, removes) the entry the previous one made.
 * The Teams link goes in only when given as `teamsUrl`, which only the link mail and its correction
 * do: every other mail may go out before the link is due (lib/teams-link-rule.ts), or to someone
 * who holds no place, and a calendar file is forwarded as easily as the mail.
 */
export function signUpCalendar(
  signUp: { id: string; sequence: number },
  session: CalendarSession,
  method: "REQUEST" | "CANCEL",
  attendee: { name: string; email: string },
  settings: MailSettings,
  teamsUrl: string | null = null,
): CalendarAttachment {
  return calendarAttachment({
    uid: `signup-${signUp.id}@${new URL(settings.appUrl).hostname}`,
    sequence: signUp.sequence,
    method,
    title: session.title,
    description: session.description,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    url: teamsUrl,
    organizer: { name: "Hogeschool Utrecht – CoSIE", email: senderAddress(settings.from) },
    attendee,
  });
}
