import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db";

export const ADMIN_COOKIE = "cosie_admin";

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A signed-in organiser. With mustChangePassword, only the password page is open to them. */
export type Organiser = { id: string; email: string; mustChangePassword: boolean };

/** Starts an organiser's sign-in session (not a programme session); the token goes into the cookie, only its hash into the database. */
export async function startSignInSession(db: Db, organiserId: string, now: Date, hours: number) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + hours * 60 * 60 * 1000);
  await db.adminSession.create({ data: { tokenHash: hashSessionToken(token), organiserId, expiresAt } });
  return { token, expiresAt };
}

export async function organiserForSignIn(db: Db, token: string, now: Date): Promise<Organiser | null> {
  const session = await db.adminSession.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    select: { expiresAt: true, organiser: { select: { id: true, email: true, mustChangePassword: true } } },
  });
  return session && session.expiresAt > now ? session.organiser : null;
}

/** Ends the sign-in session of this token; returns whose it was, or null when there was none. */
export async function endSignInSession(db: Db, token: string): Promise<string | null> {
  const tokenHash = hashSessionToken(token);
  const session = await db.adminSession.findUnique({ where: { tokenHash }, select: { organiserId: true } });
  const { count } = await db.adminSession.deleteMany({ where: { tokenHash } });
  return count === 1 && session ? session.organiserId : null;
}
