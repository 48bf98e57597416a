import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db";
import { emailKey } from "../registration/email-key";
import { inTransaction } from "../transaction";
import { hashSessionToken } from "./admin-session";
import { hashPassword, verifyPassword, weakPassword, WEAK_PASSWORD_NL } from "./password";

export const FIRST_ORGANISER_EMAIL = "beheer@localhost";

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/** Creates the organiser, or gives an existing one this password. */
export async function setOrganiser(db: Db, email: string, password: string, now: Date): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.organiser.upsert({
    where: { email: emailKey(email) },
    create: { email: emailKey(email), passwordHash, passwordChangedAt: now },
    update: { passwordHash, passwordChangedAt: now },
  });
}

/**
 * At start-up: ADMIN_EMAIL and ADMIN_PASSWORD create or update that organiser. Without them, a
 * database with no organiser gets one with a generated password, returned so it can be shown once.
 */
export async function bootstrapOrganisers(
  db: Db,
  config: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string },
  now: Date,
): Promise<{ email: string; password: string } | null> {
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await setOrganiser(db, config.ADMIN_EMAIL, config.ADMIN_PASSWORD, now);
    return null;
  }
  if (config.ADMIN_EMAIL || config.ADMIN_PASSWORD) {
    throw new Error("Invalid configuration: set ADMIN_EMAIL and ADMIN_PASSWORD together, or neither.");
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  // In one transaction, so instances starting together create one organiser, not several.
  return inTransaction(db, async (tx) => {
    if ((await tx.organiser.count()) > 0) return null;
    await tx.organiser.create({ data: { email: FIRST_ORGANISER_EMAIL, passwordHash, passwordChangedAt: now } });
    return { email: FIRST_ORGANISER_EMAIL, password };
  });
}

export type PasswordChange = { ok: true } | { ok: false; field: "current" | "next"; message: string };

/** An organiser changes their own password; their other sign-in sessions end. */
export async function changePassword(
  db: Db,
  organiserId: string,
  current: string,
  next: string,
  keepSessionToken: string | null,
  now: Date,
): Promise<PasswordChange> {
  const organiser = await db.organiser.findUniqueOrThrow({ where: { id: organiserId }, select: { passwordHash: true } });
  if (!(await verifyPassword(current, organiser.passwordHash))) {
    return { ok: false, field: "current", message: "Je huidige wachtwoord klopt niet." };
  }
  const weak = weakPassword(next);
  if (weak) return { ok: false, field: "next", message: WEAK_PASSWORD_NL[weak] };
  await db.organiser.update({ where: { id: organiserId }, data: { passwordHash: await hashPassword(next), passwordChangedAt: now } });
  const keep = keepSessionToken ? { tokenHash: { not: hashSessionToken(keepSessionToken) } } : {};
  await db.adminSession.deleteMany({ where: { organiserId, ...keep } });
  return { ok: true };
}

/** Removes another organiser; never yourself, never the last one. */
export async function removeOrganiser(db: Db, actorId: string, targetId: string): Promise<string | null> {
  if (actorId === targetId) return "Je kunt jezelf niet verwijderen.";
  return inTransaction(db, async (tx) => {
    // Two removals at once must not both see two organisers left: lock them all first.
    await tx.$executeRaw`UPDATE "Organiser" SET "email" = "email"`;
    if ((await tx.organiser.count()) <= 1) return "De laatste organisator kan niet worden verwijderd.";
    const { count } = await tx.organiser.deleteMany({ where: { id: targetId } });
    return count === 1 ? null : "Deze organisator bestaat niet (meer).";
  });
}
