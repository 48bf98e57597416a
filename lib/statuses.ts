import { z } from "zod";

// The one source of every status and kind the database stores as text. Reading a row's value
// through these schemas turns Prisma's `string` into the union, with no cast.

export const signUpStatus = z.enum(["confirmed", "waitlisted", "cancelled"]);
export type SignUpStatus = z.infer<typeof signUpStatus>;

/** Sign-ups that hold a place or a spot on the waiting list. */
export const ACTIVE_STATUSES: SignUpStatus[] = ["confirmed", "waitlisted"];
export type ActiveStatus = "confirmed" | "waitlisted";

export const mailKind = z.enum(["confirmation", "cancellation", "moved-up", "manage-link", "link", "correction"]);
export type MailKind = z.infer<typeof mailKind>;

/** The Teams-link mail and its correction after a change of link or time. */
export const LINK_KINDS: MailKind[] = ["link", "correction"];

export const mailStatus = z.enum(["pending", "sending", "sent", "failed", "expired", "superseded"]);
export type MailStatus = z.infer<typeof mailStatus>;
