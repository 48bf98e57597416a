import "server-only";
import { randomUUID } from "node:crypto";
import type { MailKind } from "../statuses";
import type { Tx } from "../transaction";
import type { Payload } from "./payloads";

type Envelope = {
  recipient: string;
  /** Unique per mail that must exist: queueing the same key twice queues one mail. */
  dedupeKey: string;
  registrantId?: string;
  signUpId?: string;
  sessionId?: string;
};

export type NewMail = { [K in MailKind]: Envelope & { kind: K; payload: Payload<K> } }[MailKind];

/** Queues a mail inside the caller's transaction; it goes out only if that transaction commits. */
export async function enqueueMail(tx: Tx, mail: NewMail, now: Date): Promise<void> {
  const { payload, ...fields } = mail;
  await tx.outboxMail.upsert({
    where: { dedupeKey: mail.dedupeKey },
    create: { ...fields, payload: JSON.stringify(payload), messageId: randomUUID(), nextAttemptAt: now },
    update: {},
  });
}

/**
 * Raises the calendar sequence of these sign-ups and returns the new numbers: each queued mail
 * with a calendar file gets its own, fixed once, so a retry sends the same file.
 */
export async function raiseCalendarSequences(tx: Tx, signUpIds: string[]): Promise<Map<string, number>> {
  const sequences = new Map<string, number>();
  for (const signUpId of signUpIds) {
    const { calendarSequence } = await tx.signUp.update({
      where: { id: signUpId },
      data: { calendarSequence: { increment: 1 } },
      select: { calendarSequence: true },
    });
    sequences.set(signUpId, calendarSequence);
  }
  return sequences;
}
