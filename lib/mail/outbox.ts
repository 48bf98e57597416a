import "server-only";
import { randomUUID } from "node:crypto";
import { chunks, IDS_PER_QUERY, rowsPerInsert } from "../batch";
import { LINK_KINDS, type MailKind } from "../statuses";
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

// Bulk mails wait while the sender has mails someone is waiting for; of the bulk, those about a
// session that is about to start (links, a new time, "starting soon") go before the rest.
const TIMELY_BULK: MailKind[] = [...LINK_KINDS, "starting-soon", "time-change"];
const LATER_BULK: MailKind[] = ["thank-you", "missed", "message"];
const priorityOf = (kind: MailKind) => (TIMELY_BULK.includes(kind) ? 1 : LATER_BULK.includes(kind) ? 2 : 0);

function row(mail: NewMail, now: Date) {
  const { payload, ...fields } = mail;
  return { ...fields, payload: JSON.stringify(payload), priority: priorityOf(mail.kind), messageId: randomUUID(), nextAttemptAt: now };
}

/**
 * Queues mails inside the caller's transaction; they go out only if that transaction commits. Many
 * at once, in inserts that stay within the batch size. A dedupe key that exists
 * already fails the insert (P2002): the transaction is then run again (lib/transaction.ts), and
 * sees it.
 */
export async function enqueueMails(tx: Tx, mails: NewMail[], now: Date): Promise<void> {
  const rows = mails.map((mail) => row(mail, now));
  if (rows.length === 0) return;
  // Every one of OutboxMail's 18 columns may become a parameter (ids and defaults are filled in by Prisma).
  for (const chunk of chunks(rows, rowsPerInsert(18))) await tx.outboxMail.createMany({ data: chunk });
}

/**
 * Raises the calendar sequence of these sign-ups and returns the new numbers: each queued mail
 * with a calendar file gets its own, fixed once, so a retry sends the same file.
 */
export async function raiseCalendarSequences(tx: Tx, signUpIds: string[]): Promise<Map<string, number>> {
  const sequences = new Map<string, number>();
  for (const ids of chunks(signUpIds, IDS_PER_QUERY)) {
    const raised = await tx.signUp.updateManyAndReturn({
      where: { id: { in: ids } },
      data: { calendarSequence: { increment: 1 } },
      select: { id: true, calendarSequence: true },
    });
    for (const { id, calendarSequence } of raised) sequences.set(id, calendarSequence);
  }
  return sequences;
}
