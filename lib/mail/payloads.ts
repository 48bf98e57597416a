import { z } from "zod";
import type { MailKind } from "../statuses";

// What each kind of mail carries from the transaction that queued it to the sender. Whatever must
// stay the same across retries (a calendar sequence) is fixed here, once.

const id = z.string().min(1);
const sequence = z.number().int().nonnegative();
const calendar = z.object({ signUpId: id, sequence });
/** Every mail carries the person's manage link at the version it was queued with. */
const mail = z.object({ manageLink: z.number().int().positive() });

const organiserLink = z.object({ organiserId: id, expiresAt: z.number().int(), passwordChangedAt: z.number().int() });

/** Why sign-ups were cancelled: the person did it, an organiser cancelled theirs, or the session was called off. */
export const cancellationReason = z.enum(["self", "organiser", "session-cancelled"]);
export type CancellationReason = z.infer<typeof cancellationReason>;

const cancellation = mail.extend({ signUps: z.array(calendar), reason: cancellationReason });
/**
 * Mails queued before `reason` carry `byOrganiser`, which was true only for a session called off.
 * An organiser's single cancellation was false then: it reads as before, as the person's own.
 */
const cancellationBeforeReason = mail
  .extend({ signUps: z.array(calendar), byOrganiser: z.boolean() })
  .transform(({ byOrganiser, ...rest }) => ({ ...rest, reason: byOrganiser ? ("session-cancelled" as const) : ("self" as const) }));

export const payloadSchemas = {
  /** Every sign-up the person held when it was queued; confirmed ones carry their calendar sequence. */
  confirmation: mail.extend({ signUps: z.array(z.object({ signUpId: id, sequence: sequence.nullable() })) }),
  cancellation: z.union([cancellation, cancellationBeforeReason]),
  "moved-up": mail.extend({ sequence }),
  "manage-link": mail,
  link: mail.extend({ linkVersion: z.number().int().positive(), sequence }),
  correction: mail.extend({ linkVersion: z.number().int().positive(), sequence }),
  /** The start it announces (ms): a session moved since gets a mail of its own for the new start. */
  "starting-soon": mail.extend({ startsAt: z.number().int() }),
  /** The time version it announces; a confirmed place gets an updated calendar file, a waiting one none. */
  "time-change": mail.extend({ timeVersion: z.number().int().positive(), sequence: sequence.nullable() }),
  "thank-you": mail.extend({ mailingId: id }),
  missed: mail.extend({ mailingId: id }),
  message: mail.extend({ mailingId: id }),
  // Alerts go to organisers: no manage link. Each carries its occasion (lib/alerts/).
  /** The start the alert was about (ms): a session moved since is a new occasion. */
  "alert-missing-link": z.object({ sessionId: id, startsAt: z.number().int(), stage: z.enum(["due", "near"]) }),
  /** When it was queued (ms), and how many mails had failed for good since the previous one. */
  "alert-failed-mails": z.object({ at: z.number().int(), count: z.number().int().positive() }),
  /** The step and the instant it started failing (ms): that failure is the occasion of both alerts. */
  "alert-step-failing": z.object({ step: z.string().min(1), since: z.number().int(), error: z.string() }),
  "alert-step-recovered": z.object({ step: z.string().min(1), since: z.number().int() }),
  /** The Amsterdam date of the summary, and the counts per session since the day before. */
  "daily-summary": z.object({ day: z.string(), sessions: z.array(z.object({ sessionId: id, signUps: z.number().int(), cancellations: z.number().int() })) }),
  /** To an organiser, not a registrant: the link's expiry and the password moment it is bound to (ms). */
  invitation: organiserLink,
  "password-reset": organiserLink,
} satisfies Record<MailKind, z.ZodType>;

export type Payload<K extends MailKind> = z.infer<(typeof payloadSchemas)[K]>;

/** Reads a stored payload with its kind's schema; a row that does not fit fails loudly, not silently. */
export function readPayload<K extends MailKind>(kind: K, json: string): Payload<K> {
  return payloadSchemas[kind].parse(JSON.parse(json)) as Payload<K>;
}
