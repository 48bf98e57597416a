import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db";
import { emailKey } from "../registration/email-key";
import { inTransaction } from "../transaction";
import { audit } from "../admin/audit";
import { hashSessionToken, type Organiser } from "./sign-in-session";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword, weakPassword, WEAK_PASSWORD_NL } from "./password";

export const FIRST_ORGANISER_EMAIL = "beheer@localhost";

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Creates the organiser unless the address already is one; returns whether it did. A password is
 * never overwritten this way: the organiser may have changed it since. A generated password must
 * be changed at the first sign-in (`generated`).
 */
export async function createOrganiser(db: Db, email: string, password: string, now: Date, generated: boolean): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const data = { email: emailKey(email), passwordHash, passwordChangedAt: now, mustChangePassword: generated };
  try {
    await db.organiser.create({ data });
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") return false;
    throw error;
  }
}

/**
 * `npm run admin:reset-password`: gives the organiser a new generated password, to be changed at
 * the next sign-in, and ends their sign-in sessions. Returns it, or null for an unknown address.
 */
export async function resetPassword(db: Db, email: string, now: Date): Promise<string | null> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const { count } = await tx.organiser.updateMany({
      where: { email: emailKey(email) },
      // An invited colleague given a password this way is no longer waiting for the invitation.
      data: { passwordHash, passwordChangedAt: now, mustChangePassword: true, invitedAt: null },
    });
    if (count === 0) return null;
    await tx.adminSession.deleteMany({ where: { organiser: { email: emailKey(email) } } });
    return password;
  });
}

/** Stops the start with a configuration error when ADMIN_PASSWORD is too weak to protect personal data. */
export function assertAdminPassword(config: { ADMIN_PASSWORD?: string }): void {
  const weak = config.ADMIN_PASSWORD === undefined ? null : weakPassword(config.ADMIN_PASSWORD);
  if (!weak) return;
  const why = weak === "short" ? `it is shorter than ${MIN_PASSWORD_LENGTH} characters` : "it is a common or easily guessed password";
  throw new Error(`Invalid configuration (environment variables):\n  ADMIN_PASSWORD: is too weak: ${why}`);
}

/**
 * At start-up: ADMIN_EMAIL and ADMIN_PASSWORD create that organiser when it does not exist, and
 * never change its password. Without them, a database with no organiser gets one with a generated
 * password, returned so it can be shown once, and to be changed at the first sign-in.
 */
export async function bootstrapOrganisers(
  db: Db,
  config: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string },
  now: Date,
): Promise<{ email: string; password: string } | null> {
  assertAdminPassword(config);
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    await createOrganiser(db, config.ADMIN_EMAIL, config.ADMIN_PASSWORD, now, false);
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
    await tx.organiser.create({ data: { email: FIRST_ORGANISER_EMAIL, passwordHash, passwordChangedAt: now, mustChangePassword: true } });
    return { email: FIRST_ORGANISER_EMAIL, password };
  });
}

export type PasswordChange = { ok: true } | { ok: false; field: "current" | "next"; message: string };

/** An organiser changes their own password; their other sign-in sessions end. The change is audited. */
export async function changePassword(
  db: Db,
  organiserId: string,
  current: string,
  next: string,
  keepSessionToken: string | null,
  now: Date,
): Promise<PasswordChange> {
  const organiser = await db.organiser.findUniqueOrThrow({ where: { id: organiserId }, select: { email: true, passwordHash: true } });
  if (!(await verifyPassword(current, organiser.passwordHash))) {
    return { ok: false, field: "current", message: "Je huidige wachtwoord klopt niet." };
  }
  const weak = weakPassword(next);
  if (weak) return { ok: false, field: "next", message: WEAK_PASSWORD_NL[weak] };
  if (next === current) return { ok: false, field: "next", message: "Kies een ander wachtwoord dan je huidige." };
  const passwordHash = await hashPassword(next);
  await inTransaction(db, async (tx) => {
    await tx.organiser.update({ where: { id: organiserId }, data: { passwordHash, passwordChangedAt: now, mustChangePassword: false } });
    const keep = keepSessionToken ? { tokenHash: { not: hashSessionToken(keepSessionToken) } } : {};
    await tx.adminSession.deleteMany({ where: { organiserId, ...keep } });
    await audit(tx, { action: "password-changed", organiserId, detail: {} });
  });
  return { ok: true };
}

/** Removes another organiser, in the audit log; never yourself, never the last one. Returns why not, or null. */
export async function removeOrganiser(db: Db, actor: Organiser, targetId: string): Promise<string | null> {
  if (actor.id === targetId) return "Je kunt jezelf niet verwijderen.";
  return inTransaction(db, async (tx) => {
    // Two removals at once must not both see two organisers left: lock them all first.
    await tx.$executeRaw`UPDATE "Organiser" SET "email" = "email"`;
    if ((await tx.organiser.count()) <= 1) return "De laatste organisator kan niet worden verwijderd.";
    const target = await tx.organiser.findUnique({ where: { id: targetId }, select: { id: true } });
    if (!target) return "Deze organisator bestaat niet (meer).";
    await tx.organiser.delete({ where: { id: targetId } });
    await audit(tx, { action: "organiser-removed", organiserId: actor.id, subjectOrganiserId: targetId, detail: {} });
    return null;
  });
}
