import "server-only";
import { joinPath } from "../links/join-link";
import { managePath, type LinkOwner } from "../links/manage-link";
import type { LinkRule } from "../teams-link-rule";
import { formatSessionTime } from "../time";
import { calendarAttachment, type CalendarAttachment } from "./calendar";

export type MailSettings = LinkRule & {
  /** When the join page's button appears, which mails before it tell (lib/session-timeline.ts). */
  joinOpensMinutes: number;
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

/** A sign-up's join page: derived, so every mail carries the same one. */
export function joinUrl(signUpId: string, settings: MailSettings): string {
  return `${settings.appUrl}${joinPath(settings.linkSecret, signUpId)}`;
}

/** The bare address of "Name <address>", as in MAIL_FROM. */
export function senderAddress(from: string): string {
  return from.match(/<([^>]+)>/)?.[1] ?? from;
}

/** Who every calendar file names as its organiser: the contact address, so "Accept" reaches a person. */
export const calendarOrganizer = (contactEmail: string) => ({ name: "Hogeschool Utrecht – CoSIE", email: contactEmail });

/**
 * The calendar entry of one sign-up. Its UID never changes and the sequence was raised when the
 * mail was queued, so each one updates (or, with CANCEL, removes) the entry the previous one made.
 * It leads to the sign-up's join page, never to Teams itself: the join page lets a confirmed place
 * in only around the session, and a calendar file is forwarded as easily as the mail. It names no
 * one: the join page is the only personal thing in it.
 */
export function signUpCalendar(
  signUp: { id: string; sequence: number },
  session: CalendarSession,
  method: "REQUEST" | "CANCEL" | "PUBLISH",
  settings: MailSettings,
): CalendarAttachment {
  return calendarAttachment({
    uid: `signup-${signUp.id}@${new URL(settings.appUrl).hostname}`,
    sequence: signUp.sequence,
    method,
    title: session.title,
    description: session.description,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    url: method === "CANCEL" ? null : joinUrl(signUp.id, settings),
    organizer: calendarOrganizer(settings.contactEmail),
  });
}
