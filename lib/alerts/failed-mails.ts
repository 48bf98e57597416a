import "server-only";
import type { Db } from "../db";
import { readPayload } from "../mail/payloads";
import { ALERT_KINDS } from "../statuses";

import { queueAlert } from "./queue-alert";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Tells the organisers how many mails failed for good since the previous such alert, at most once
 * an hour. Each alert names the one before it as its occasion, so instances racing for the next
 * one queue it once. Failed alerts are not counted: an alert that cannot be delivered would
 * otherwise raise the next one, every hour, for good.
 */
export async function planFailedMailAlert(db: Db, now: Date): Promise<number> {
  const previous = await db.outboxMail.findFirst({
    where: { kind: "alert-failed-mails" },
    orderBy: { createdAt: "desc" },
    select: { payload: true, createdAt: true },
  });
  const previousAt = previous ? readPayload("alert-failed-mails", previous.payload).at : null;
  if (previousAt !== null && now.getTime() - previousAt < HOUR_MS) return 0;
  // Both instants are the database's own clock (updatedAt, createdAt), so they compare fairly.
  const count = await db.outboxMail.count({
    where: { status: "failed", kind: { notIn: [...ALERT_KINDS] }, ...(previous ? { updatedAt: { gt: previous.createdAt } } : {}) },
  });
  if (count === 0) return 0;
  return queueAlert(db, { kind: "alert-failed-mails", occasion: `after:${previousAt ?? "none"}`, payload: { at: now.getTime(), count } }, now);
}
