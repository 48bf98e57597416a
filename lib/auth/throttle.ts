import "server-only";
import type { Db } from "../db";
import { limitBucket } from "../rate-limit";

/** The longest pause between two sign-in attempts on one account. */
const MAX_PAUSE_SECONDS = 30;

/**
 * The pause after `failures` wrong passwords in a row. The first few cost a second each, so a
 * person who mistypes twice hardly notices; after that it doubles, up to 30 seconds. It applies
 * to the account from every IP address, so a botnet cannot guess at full speed; and it is a pause,
 * never a lock, so whoever knows an organiser's address cannot lock them out.
 */
const pauseSeconds = (failures: number) => (failures < 3 ? 1 : Math.min(MAX_PAUSE_SECONDS, 2 ** (failures - 2)));

const keyOf = (secret: Buffer, email: string) => limitBucket(secret, `signin:account:${email}`);
const EPOCH = new Date(0);

/**
 * Claims this account's turn for one password check: null when it is claimed, otherwise the
 * seconds to wait. The claim moves the next turn one pause ahead in a single conditional update,
 * so of simultaneous attempts exactly one gets the turn.
 */
export async function claimTurn(db: Db, secret: Buffer, email: string, now: Date): Promise<number | null> {
  const key = keyOf(secret, email);
  const existing = await db.signInThrottle.findUnique({ where: { key }, select: { failures: true } });
  if (!existing) await db.signInThrottle.create({ data: { key, nextAttemptAt: EPOCH } }).catch(ignoreDuplicate);
  const failures = existing?.failures ?? 0;
  const next = new Date(now.getTime() + pauseSeconds(failures) * 1000);
  const { count } = await db.signInThrottle.updateMany({
    where: { key, failures, nextAttemptAt: { lte: now } },
    data: { nextAttemptAt: next },
  });
  if (count === 1) return null;
  const latest = await db.signInThrottle.findUnique({ where: { key }, select: { nextAttemptAt: true } });
  return Math.max(1, Math.ceil(((latest?.nextAttemptAt ?? next).getTime() - now.getTime()) / 1000));
}

/** A wrong password: the account's pause grows. */
export async function recordFailure(db: Db, secret: Buffer, email: string, now: Date): Promise<void> {
  const key = keyOf(secret, email);
  const { failures } = await db.signInThrottle.update({ where: { key }, data: { failures: { increment: 1 } }, select: { failures: true } });
  await db.signInThrottle.updateMany({ where: { key, failures }, data: { nextAttemptAt: new Date(now.getTime() + pauseSeconds(failures) * 1000) } });
}

/** A right password: the account starts afresh. */
export async function clearFailures(db: Db, secret: Buffer, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keyOf(secret, email) } });
}

/** Forgets accounts whose last attempt is a day old; run by the scheduler. */
export async function purgeSignInThrottles(db: Db, now: Date): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - 86_400_000) }, nextAttemptAt: { lt: now } } });
}

// Another attempt creating the same row first is fine.
function ignoreDuplicate(error: unknown): void {
  if ((error as { code?: unknown }).code !== "P2002") throw error;
}
