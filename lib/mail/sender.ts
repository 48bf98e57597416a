import "server-only";
import { chunks, IDS_PER_QUERY } from "../batch";
import type { Db } from "../db";
import { describeError } from "../error-text";
import { LINK_KINDS, mailKind } from "../statuses";
import { composeMail, type OutboxRow } from "./compose";
import type { Composition, MailSettings } from "./compose-helpers";
import { composeLinkMails } from "./compose-link";
import { CONCURRENCY, isPermanentFailure, type Mailer } from "./transport";

export type SenderSettings = MailSettings & {
  claimSeconds: number;
  ratePerSecond: number;
  /** The domain part of every Message-ID. */
  messageDomain: string;
  /** A drain stops after this long, with what is left for the next (REMINDERS_MAX_SECONDS). */
  maxSeconds?: number;
};

/** What became of one mail, by the outbox row's id and its registrant's: reports and logs never name an address. */
export type Outcome = { kind: string; mailId: string; registrantId: string | null; result: "sent" | "failed" | "retrying" | "superseded" | "expired"; detail?: string };

export type DrainReport = { sent: number; failed: number; retrying: number; skipped: number; left: number; outcomes: Outcome[] };

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

type Claimed = OutboxRow & { id: string; recipient: string; messageId: string; attempts: number };

/**
 * Claims up to `size` due mails, mails someone is waiting for first. Each row is claimed by a
 * conditional update, so any number of senders, in any number of processes, send each mail once.
 */
async function claim(db: Db, now: Date, size: number, claimSeconds: number): Promise<{ found: number; rows: Claimed[] }> {
  const due = await db.outboxMail.findMany({
    where: claimable(now),
    orderBy: [{ priority: "asc" }, { nextAttemptAt: "asc" }, { createdAt: "asc" }],
    take: size,
    select: { id: true },
  });
  if (due.length === 0) return { found: 0, rows: [] };
  const rows = await db.outboxMail.updateManyAndReturn({
    where: { id: { in: due.map((row) => row.id) }, ...claimable(now) },
    data: { status: "sending", claimedUntil: new Date(now.getTime() + claimSeconds * 1000) },
    select: { id: true, kind: true, recipient: true, registrantId: true, signUpId: true, payload: true, messageId: true, attempts: true },
  });
  return { found: due.length, rows };
}

/** Hands out send slots no closer together than the rate allows, to any number of concurrent senders. */
function pacer(ratePerSecond: number) {
  const gap = 1000 / ratePerSecond;
  let next = performance.now();
  return async () => {
    const at = Math.max(next, performance.now());
    next = at + gap;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

/**
 * Sends what the outbox holds, a claimed batch at a time, until nothing is due or maxSeconds have
 * passed. Each batch is small enough to go out in about two seconds at the configured rate, so a
 * confirmation queued during a drain of thousands of link mails waits for one batch at most.
 * Once `stop` is aborted (the server shuts down) nothing more is claimed or handed to the mail
 * server: the mails being sent finish and are marked, the rest of the batch is given back.
 */
export async function drainOutbox(
  db: Db,
  mailer: Mailer,
  clock: Date | (() => Date),
  settings: SenderSettings,
  stop?: AbortSignal,
): Promise<DrainReport> {
  const report: DrainReport = { sent: 0, failed: 0, retrying: 0, skipped: 0, left: 0, outcomes: [] };
  const stopAt = performance.now() + (settings.maxSeconds ?? 240) * 1000;
  const size = Math.max(1, Math.min(IDS_PER_QUERY, Math.ceil(settings.ratePerSecond * 2)));
  const pace = pacer(settings.ratePerSecond);
  const now = () => (typeof clock === "function" ? clock() : clock);
  while (performance.now() < stopAt && !stop?.aborted) {
    const at = now();
    const { found, rows } = await claim(db, at, size, settings.claimSeconds);
    if (found === 0) return report;
    await sendBatch(db, mailer, rows, at, settings, report, pace, stop);
  }
  report.left = await db.outboxMail.count({ where: claimable(now()) });
  return report;
}

async function composeBatch(db: Db, rows: Claimed[], now: Date, settings: MailSettings): Promise<Map<string, Composition | Error>> {
  const result = new Map<string, Composition | Error>();
  const links = rows.filter((row) => LINK_KINDS.includes(mailKind.parse(row.kind)));
  try {
    for (const [id, composition] of await composeLinkMails(db, links, now, settings)) result.set(id, composition);
  } catch (error) {
    for (const row of links) result.set(row.id, error as Error);
  }
  for (const row of rows.filter((row) => !result.has(row.id))) {
    result.set(row.id, await composeMail(db, row, now, settings).catch((error: Error) => error));
  }
  return result;
}

async function sendBatch(
  db: Db,
  mailer: Mailer,
  rows: Claimed[],
  now: Date,
  settings: SenderSettings,
  report: DrainReport,
  pace: () => Promise<void>,
  stop?: AbortSignal,
) {
  const compositions = await composeBatch(db, rows, now, settings);
  const sent: string[] = [];
  const failed: { row: Claimed; error: unknown }[] = [];
  const queue = [...rows];
  const take = () => (stop?.aborted ? undefined : queue.shift());
  const worker = async () => {
    for (let row = take(); row; row = take()) {
      const composition = compositions.get(row.id)!;
      const outcome = (result: Outcome["result"], detail?: string) => report.outcomes.push({ kind: row!.kind, mailId: row!.id, registrantId: row!.registrantId, result, detail });
      if (composition instanceof Error) {
        failed.push({ row, error: composition });
      } else if ("skip" in composition) {
        // updateMany: a person erased meanwhile took the row with them, which is no failure.
        await db.outboxMail.updateMany({ where: { id: row.id }, data: { status: composition.skip, lastError: composition.reason, claimedUntil: null } });
        report.skipped++;
        outcome(composition.skip, composition.reason);
      } else {
        await pace();
        if (stop?.aborted) {
          queue.push(row);
          return;
        }
        try {
          await mailer.send({ ...composition, from: settings.from, to: row.recipient, replyTo: settings.contactEmail, messageId: `${row.messageId}@${settings.messageDomain}`, registrantId: row.registrantId });
          sent.push(row.id);
          outcome("sent");
        } catch (error) {
          failed.push({ row, error });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  for (const ids of chunks(sent, IDS_PER_QUERY)) {
    await db.outboxMail.updateMany({
      where: { id: { in: ids } },
      data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null, claimedUntil: null },
    });
  }
  report.sent += sent.length;
  for (const { row, error } of failed) await recordFailure(db, row, error, now, report);
  // Claimed but not handed over before the stop: free again at once, not only when the claim runs out.
  if (queue.length > 0) {
    await db.outboxMail.updateMany({ where: { id: { in: queue.map((row) => row.id) }, status: "sending" }, data: { status: "pending", claimedUntil: null } });
  }
}

async function recordFailure(db: Db, row: Claimed, error: unknown, now: Date, report: DrainReport) {
  const attempts = row.attempts + 1;
  const permanent = isPermanentFailure(error) || attempts >= MAX_ATTEMPTS;
  const message = describeError(error);
  await db.outboxMail.updateMany({
    where: { id: row.id },
    data: {
      status: permanent ? "failed" : "pending",
      attempts,
      lastError: message,
      nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
      claimedUntil: null,
    },
  });
  if (permanent) report.failed++;
  else report.retrying++;
  report.outcomes.push({ kind: row.kind, mailId: row.id, registrantId: row.registrantId, result: permanent ? "failed" : "retrying", detail: message });
}
