import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "./db";

export type Limit = { key: string; max: number };

// Keys are hashed: the table holds no IP address or e-mail address.
const bucket = (key: string) => createHash("sha256").update(key).digest("hex");

/** Whether any of the limits is used up within the window. The state is in the database, so limits hold across instances. */
export async function isLimited(db: Db, limits: Limit[], windowSeconds: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - windowSeconds * 1000);
  for (const limit of limits) {
    const used = await db.rateLimitHit.count({ where: { bucket: bucket(limit.key), createdAt: { gt: since } } });
    if (used >= limit.max) return true;
  }
  return false;
}

/** Counts one attempt against each key. */
export async function recordAttempt(db: Db, keys: string[], now: Date): Promise<void> {
  await db.rateLimitHit.createMany({ data: keys.map((key) => ({ bucket: bucket(key), createdAt: now })) });
}

/** Counts one attempt, and says whether the limits were already used up before it. */
export async function overLimit(db: Db, limits: Limit[], windowSeconds: number, now: Date): Promise<boolean> {
  if (await isLimited(db, limits, windowSeconds, now)) return true;
  await recordAttempt(db, limits.map((limit) => limit.key), now);
  return false;
}

/** Forgets attempts older than the window; run by the scheduler. */
export async function purgeRateLimits(db: Db, windowSeconds: number, now: Date): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - windowSeconds * 1000) } } });
}
