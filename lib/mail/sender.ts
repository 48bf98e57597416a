import "server-only";
import type { Db } from "../db";
import { composeMail } from "./compose";
import type { MailSettings } from "./compose-helpers";
import { isPermanentFailure, type Mailer } from "./transport";

export type SenderSettings = MailSettings & {
  claimSeconds: number;
  ratePerSecond: number;
  /** The domain part of every Message-ID. */
  messageDomain: string;
};

export type Outcome = { kind: string; recipient: string; result: "sent" | "failed" | "retrying" | "superseded" | "expired"; detail?: string };

export type DrainReport = { sent: number; failed: number; retrying: number; skipped: number; outcomes: Outcome[] };

export const MAX_ATTEMPTS = 10;

/** Minutes to wait after the n-th failed attempt: 1, 2, 4, … up to an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

// A row is free when it is due, or when the sender that claimed it has not finished in time
// (it crashed): then the claim has expired and the mail is tried again.
function claimable(now: Date) {
  return {
    OR: [
      { status: "pending", nextAttemptAt: { lte: now } },
      { status: "sending", claimedUntil: { lt: now } },
    ],
  };
}

/**
 * Sends what the outbox holds. Every row is claimed with one conditional update before it is
 * sent, so any number of senders, in any number of processes, send each mail once.
 */
export async function drainOutbox(db: Db, mailer: Mailer, now: Date, settings: SenderSettings, limit = 500) {
  const report: DrainReport = { sent: 0, failed: 0, retrying: 0, skipped: 0, outcomes: [] };
  const due = await db.outboxMail.findMany({
    where: claimable(now),
    orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }],
    take: limit,
    select: { id: true },
  });
  const gap = 1000 / settings.ratePerSecond;
  let last = 0;

  for (const { id } of due) {
    const claimedUntil = new Date(now.getTime() + settings.claimSeconds * 1000);
    const claim = await db.outboxMail.updateMany({
      where: { id, ...claimable(now) },
      data: { status: "sending", claimedUntil },
    });
    if (claim.count === 0) continue; // another sender has it

    const row = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    const outcome = (result: Outcome["result"], detail?: string) =>
      report.outcomes.push({ kind: row.kind, recipient: row.recipient, result, detail });
    try {
      const composition = await composeMail(db, row, now, settings);
      if ("skip" in composition) {
        await db.outboxMail.update({ where: { id }, data: { status: composition.skip, lastError: composition.reason, claimedUntil: null } });
        report.skipped++;
        outcome(composition.skip, composition.reason);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, last + gap - Date.now())));
      last = Date.now();
      await mailer.send({
        ...composition,
        from: settings.from,
        to: row.recipient,
        messageId: `${row.messageId}@${settings.messageDomain}`,
      });
      await db.outboxMail.update({
        where: { id },
        data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null, claimedUntil: null },
      });
      report.sent++;
      outcome("sent");
    } catch (error) {
      const attempts = row.attempts + 1;
      const permanent = isPermanentFailure(error) || attempts >= MAX_ATTEMPTS;
      await db.outboxMail.update({
        where: { id },
        data: {
          status: permanent ? "failed" : "pending",
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          claimedUntil: null,
        },
      });
      if (permanent) report.failed++;
      else report.retrying++;
      outcome(permanent ? "failed" : "retrying", error instanceof Error ? error.message : String(error));
    }
  }
  return report;
}
