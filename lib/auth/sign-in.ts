import "server-only";
import type { Db } from "../db";
import { isLimited, recordAttempt } from "../rate-limit";
import { emailKey } from "../registration/email-key";
import { startSignInSession } from "./sign-in-session";
import { DUMMY_HASH, verifyPassword } from "./password";

export type SignInRules = { attempts: number; windowSeconds: number; sessionHours: number };

export type SignInResult = { ok: true; token: string; expiresAt: Date } | { ok: false; reason: "invalid" | "limited" };

/**
 * Checks an organiser's password. A wrong password and an unknown address get the same answer,
 * after the same work; failures count per address and per IP, and past the limit nothing is checked.
 */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string; ip: string },
  now: Date,
  rules: SignInRules,
): Promise<SignInResult> {
  const email = emailKey(credentials.email);
  const keys = [`signin:email:${email}`, `signin:ip:${credentials.ip}`];
  const limits = keys.map((key) => ({ key, max: rules.attempts }));
  if (await isLimited(db, limits, rules.windowSeconds, now)) return { ok: false, reason: "limited" };

  const organiser = await db.organiser.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const valid = await verifyPassword(credentials.password, organiser?.passwordHash ?? DUMMY_HASH);
  if (!organiser || !valid) {
    await recordAttempt(db, keys, now);
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, ...(await startSignInSession(db, organiser.id, now, rules.sessionHours)) };
}
