import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../transaction";

export type MailKind = "confirmation" | "cancellation" | "moved-up" | "manage-link" | "link" | "correction";

export type NewMail = {
  kind: MailKind;
  recipient: string;
  /** Unique per mail that must exist: queueing the same key twice queues one mail. */
  dedupeKey: string;
  registrantId?: string;
  signUpId?: string;
  sessionId?: string;
  payload?: Record<string, unknown>;
};

/** Queues a mail inside the caller's transaction; it goes out only if that transaction commits. */
export async function enqueueMail(tx: Tx, mail: NewMail, now: Date): Promise<void> {
  const { payload, ...fields } = mail;
  await tx.outboxMail.upsert({
    where: { dedupeKey: mail.dedupeKey },
    create: { ...fields, payload: JSON.stringify(payload ?? {}), messageId: randomUUID(), nextAttemptAt: now },
    update: {},
  });
}
