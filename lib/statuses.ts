import { z } from "zod";

// The one source of every status and kind the database stores as text. Reading a row's value
// through these schemas turns Prisma's `string` into the union, with no cast.

export const signUpStatus = z.enum(["confirmed", "waitlisted", "cancelled"]);
export type SignUpStatus = z.infer<typeof signUpStatus>;

/** Sign-ups that hold a place or a spot on the waiting list. */
export const ACTIVE_STATUSES: SignUpStatus[] = ["confirmed", "waitlisted"];
export type ActiveStatus = "confirmed" | "waitlisted";

export const mailKind = z.enum([
  "confirmation",
  "cancellation",
  "moved-up",
  "manage-link",
  "link",
  "correction",
  "starting-soon",
  "time-change",
  "thank-you",
  "missed",
  "message",
  "alert-missing-link",
  "alert-failed-mails",
  "alert-step-failing",
  "alert-step-recovered",
  "daily-summary",
  "invitation",
  "password-reset",
]);
export type MailKind = z.infer<typeof mailKind>;

/** Mails to the organisers (lib/alerts/), not to registrants. */
export const ALERT_KINDS = ["alert-missing-link", "alert-failed-mails", "alert-step-failing", "alert-step-recovered", "daily-summary"] as const satisfies MailKind[];
export type AlertKind = (typeof ALERT_KINDS)[number];
export const isAlertKind = (kind: string): kind is AlertKind => (ALERT_KINDS as readonly string[]).includes(kind);

/** Mails to an organiser with a link to choose a password (lib/links/organiser-link.ts). */
export const ORGANISER_LINK_KINDS = ["invitation", "password-reset"] as const satisfies readonly MailKind[];

/** The Teams-link mail and its correction after a change of link or time. */
export const LINK_KINDS: MailKind[] = ["link", "correction"];

/** Mails about a session still to come: never sent once it has ended. */
export const UPCOMING_KINDS: MailKind[] = ["link", "correction", "time-change"];

/** Mails to many people at once, queued by the mass-mail step (lib/mail/mass-mailing.ts). */
export const massMailingKind = z.enum(["time-change", "follow-up", "message"]);
export type MassMailingKind = z.infer<typeof massMailingKind>;

/** Who of a session's registrants a mass mailing reaches. */
export const audience = z.enum(["confirmed", "waitlisted", "both"]);
export type Audience = z.infer<typeof audience>;

/** The sign-up statuses each audience takes in. */
export const AUDIENCE_STATUSES: Record<Audience, SignUpStatus[]> = { confirmed: ["confirmed"], waitlisted: ["waitlisted"], both: ACTIVE_STATUSES };

export const mailStatus = z.enum(["pending", "sending", "sent", "failed", "expired", "superseded"]);
export type MailStatus = z.infer<typeof mailStatus>;
