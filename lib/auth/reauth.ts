import "server-only";
import type { Db } from "../db";
import { clearLimit, overLimit } from "../rate-limit";
import { verifyPassword } from "./password";

export type Reauth = { ok: true } | { ok: false; reason: "wrong" } | { ok: false; reason: "limited"; waitSeconds: number };

/**
 * An organiser who is signed in gives their password again before an action that reaches many
 * people. The attempt counts before the password is hashed, so a stolen session cannot be used
 * to guess at the password quickly; a right password clears the count.
 */
export async function confirmOwnPassword(
  db: Db,
  secret: Buffer,
  organiserId: string,
  password: string,
  now: Date,
  rules: { attempts: number; windowSeconds: number },
): Promise<Reauth> {
  const limit = { key: `reauth:${organiserId}`, max: rules.attempts, windowSeconds: rules.windowSeconds };
  if ((await overLimit(db, secret, [limit], now)).length > 0) return { ok: false, reason: "limited", waitSeconds: rules.windowSeconds };
  const organiser = await db.organiser.findUnique({ where: { id: organiserId }, select: { passwordHash: true } });
  if (!organiser || !(await verifyPassword(password, organiser.passwordHash))) return { ok: false, reason: "wrong" };
  await clearLimit(db, secret, limit, now);
  return { ok: true };
}
