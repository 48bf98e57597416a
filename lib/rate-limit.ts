import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "./db";

export type Limit = { key: string; max: number };

// Keys are hashed: the table holds no IP address or e-mail address.
const bucket = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * Counts one attempt against each limit and says whether any was already used up within the
 * window. The state is in the database, so limits hold across instances.
 */
export async function overLimit(db: Db, limits: Limit[], windowSeconds: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - windowSeconds * 1000);
  let over = false;
  for (const limit of limits) {
    const key = bucket(limit.key);
    const used = await db.rateLimitHit.count({ where: { bucket: key, createdAt: { gt: since } } });
    if (used >= limit.max) over = true;
    else await db.rateLimitHit.create({ data: { bucket: key, createdAt: now } });
  }
  return over;
}

/** Forgets attempts older than the window; run by the scheduler. */
export async function purgeRateLimits(db: Db, windowSeconds: number, now: Date): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - windowSeconds * 1000) } } });
}
