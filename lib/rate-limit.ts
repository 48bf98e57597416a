import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "./db";

/** At most `max` attempts per `windowSeconds` for one key (which may hold an IP address or e-mail address). */
export type Limit = { key: string; max: number; windowSeconds: number };

// Keys are HMACs under the server secret: the table holds no IP address or e-mail address, and
// without the secret the stored buckets cannot be matched against a list of addresses.
export const limitBucket = (secret: Buffer, key: string) => createHmac("sha256", secret).update(key).digest("hex");

const windowNumber = (now: Date, windowSeconds: number) => Math.floor(now.getTime() / (windowSeconds * 1000));

/**
 * Counts this attempt against one limit, and says how many it is. The counter is raised by one
 * upsert (INSERT … ON CONFLICT DO UPDATE on both databases), so concurrent attempts each get
 * their own number and never both slip under the limit. Counts are per fixed window; the
 * previous window weighs in by the part of it that still falls within the last `windowSeconds`,
 * so a burst across a window's end is not counted twice as leniently.
 */
async function count(db: Db, secret: Buffer, limit: Limit, now: Date): Promise<number> {
  const bucket = limitBucket(secret, limit.key);
  const windowMs = limit.windowSeconds * 1000;
  const current = windowNumber(now, limit.windowSeconds);
  const expiresAt = new Date((current + 2) * windowMs);
  const [{ count: own }, previous] = await Promise.all([
    db.rateLimitCounter.upsert({
      where: { bucket: `${bucket}:${current}` },
      create: { bucket: `${bucket}:${current}`, count: 1, expiresAt },
      update: { count: { increment: 1 } },
      select: { count: true },
    }),
    db.rateLimitCounter.findUnique({ where: { bucket: `${bucket}:${current - 1}` }, select: { count: true } }),
  ]);
  const overlap = 1 - (now.getTime() - current * windowMs) / windowMs;
  return own + Math.floor((previous?.count ?? 0) * overlap);
}

/**
 * Counts one attempt against each limit and returns the limits that are now over (none: go ahead).
 * Checking and counting are one step: there is no moment between them for another request to use.
 */
export async function overLimit(db: Db, secret: Buffer, limits: Limit[], now: Date): Promise<Limit[]> {
  const counts = await Promise.all(limits.map((limit) => count(db, secret, limit, now)));
  return limits.filter((limit, i) => counts[i] > limit.max);
}

/** Forgets the counts of one limit, as a successful sign-in does for its failures. */
export async function clearLimit(db: Db, secret: Buffer, limit: Limit, now: Date): Promise<void> {
  const bucket = limitBucket(secret, limit.key);
  const current = windowNumber(now, limit.windowSeconds);
  await db.rateLimitCounter.deleteMany({ where: { bucket: { in: [`${bucket}:${current}`, `${bucket}:${current - 1}`] } } });
}

/** Forgets counters whose windows no longer weigh in; run by the scheduler. */
export async function purgeRateLimits(db: Db, now: Date): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lte: now } } });
}
