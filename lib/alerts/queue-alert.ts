import "server-only";
import type { Db } from "../db";
import { enqueueMails, type NewMail } from "../mail/outbox";
import type { Payload } from "../mail/payloads";
import type { AlertKind } from "../statuses";
import { inTransaction } from "../transaction";

/** More organisers than this is a mistake; it bounds every alert's fan-out. */
export const MAX_ORGANISERS = 100;

type Recipients = "all" | "daily-summary";

/**
 * Queues one alert per organiser for one occasion, unless it was queued already. The occasion is
 * in every row's dedupe key, so a second pass, or a pass on another instance at the same moment,
 * queues nothing more: a racing insert fails on the key, and the transaction's rerun sees the rows.
 * An organiser still invited has no password yet, so cannot act on an alert: they get none.
 */
export async function queueAlert<K extends AlertKind>(
  db: Db,
  alert: { kind: K; occasion: string; payload: Payload<K>; sessionId?: string; to?: Recipients },
  now: Date,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const organisers = await tx.organiser.findMany({
      where: { invitedAt: null, ...(alert.to === "daily-summary" ? { dailySummary: true } : {}) },
      orderBy: { id: "asc" },
      take: MAX_ORGANISERS,
      select: { id: true, email: true },
    });
    const keyOf = (organiserId: string) => `${alert.kind}:${alert.occasion}:${organiserId}`;
    const queued = await tx.outboxMail.findMany({ where: { dedupeKey: { in: organisers.map((o) => keyOf(o.id)) } }, select: { dedupeKey: true } });
    const known = new Set(queued.map((row) => row.dedupeKey));
    const mails = organisers
      .filter((organiser) => !known.has(keyOf(organiser.id)))
      .map((organiser) => ({ kind: alert.kind, payload: alert.payload, recipient: organiser.email, dedupeKey: keyOf(organiser.id), sessionId: alert.sessionId }) as NewMail);
    await enqueueMails(tx, mails, now);
    return mails.length;
  });
}
