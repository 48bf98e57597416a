import "server-only";
import type { Db } from "../db";
import { audit } from "../admin/audit";
import { CONTROL_CHARACTERS } from "../control-characters";
import { clearLimit, overLimit } from "../rate-limit";
import { emailKey } from "../registration/email-key";
import { endSignInSession, startSignInSession } from "./sign-in-session";
import { DUMMY_HASH, verifyPassword } from "./password";
import { claimTurn, clearFailures, recordFailure } from "./throttle";

export type SignInRules = { attempts: number; windowSeconds: number; sessionHours: number };

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; mustChangePassword: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "limited" | "paused"; waitSeconds: number };

/**
 * Checks an organiser's password. A wrong password and an unknown address get the same answer,
 * after the same work. Before any password is hashed, the attempt takes the account's turn
 * (lib/auth/throttle.ts) and is counted per (address, IP) and per IP: past those limits, nothing
 * is checked. Sign-ins and wrong passwords go into the audit log.
 */
export async function signIn(
  db: Db,
  secret: Buffer,
  credentials: { email: string; password: string; ip: string },
  now: Date,
  rules: SignInRules,
): Promise<SignInResult> {
  const email = emailKey(credentials.email);
  const pair = { key: `signin:pair:${email}:${credentials.ip}`, max: rules.attempts, windowSeconds: rules.windowSeconds };
  // One address may try a few accounts (an organiser who forgot which address); not every one.
  const ip = { key: `signin:ip:${credentials.ip}`, max: rules.attempts * 4, windowSeconds: rules.windowSeconds };

  const over = await overLimit(db, secret, [pair, ip], now);
  if (over.length > 0) return { ok: false, reason: "limited", waitSeconds: Math.max(...over.map((limit) => limit.windowSeconds)) };
  const wait = await claimTurn(db, secret, email, now);
  if (wait !== null) return { ok: false, reason: "paused", waitSeconds: wait };

  // No organiser's address holds a control character; such an address is simply unknown.
  const organiser = CONTROL_CHARACTERS.test(email)
    ? null
    : await db.organiser.findUnique({ where: { email }, select: { id: true, passwordHash: true, mustChangePassword: true } });
  const valid = await verifyPassword(credentials.password, organiser?.passwordHash ?? DUMMY_HASH);
  if (!organiser || !valid) {
    await recordFailure(db, secret, email, now);
    await audit(db, { action: "sign-in-failed", organiserId: organiser?.id ?? null, detail: {} });
    return { ok: false, reason: "invalid" };
  }
  await Promise.all([clearFailures(db, secret, email), clearLimit(db, secret, pair, now)]);
  const session = await startSignInSession(db, organiser.id, now, rules.sessionHours);
  await audit(db, { action: "signed-in", organiserId: organiser.id, detail: {} });
  return { ok: true, ...session, mustChangePassword: organiser.mustChangePassword };
}

/** Ends this sign-in session, in the audit log. */
export async function signOut(db: Db, token: string): Promise<void> {
  const organiserId = await endSignInSession(db, token);
  if (organiserId) await audit(db, { action: "signed-out", organiserId, detail: {} });
}
