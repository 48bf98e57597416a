import "server-only";
import { createHmac } from "node:crypto";
import type { Db } from "../db";
import { sameText } from "./personal-link";

// A link to choose a password: "<organiser id>.<invite|reset>.<expiry, Unix seconds>.<mac>". The
// MAC is an HMAC-SHA256 under the server secret over the purpose, the organiser, the expiry and
// the moment their password last changed. Nothing that opens it is stored: setting a password
// moves passwordChangedAt, which spends every link made before, and a new invitation does the same.

export type OrganiserLinkPurpose = "invite" | "reset";

/** How long each link works: an invitation two days, a reset one hour. */
export const ORGANISER_LINK_HOURS: Record<OrganiserLinkPurpose, number> = { invite: 48, reset: 1 };

const FORMAT = /^([a-z0-9]{20,40})\.(invite|reset)\.(\d{10,12})\.([A-Za-z0-9_-]{43})$/;

export type LinkFor = { organiserId: string; purpose: OrganiserLinkPurpose; expiresAt: Date; passwordChangedAt: Date };

function mac(secret: Buffer, link: Omit<LinkFor, "expiresAt"> & { expires: number }): string {
  const message = `organiser-${link.purpose}\n${link.organiserId}\n${link.expires}\n${link.passwordChangedAt.getTime()}`;
  return createHmac("sha256", secret).update(message).digest("base64url");
}

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** When a link made now for this purpose stops working (whole seconds, as the link carries it). */
export function organiserLinkExpiry(purpose: OrganiserLinkPurpose, now: Date): Date {
  return new Date((seconds(now) + ORGANISER_LINK_HOURS[purpose] * 3600) * 1000);
}

/** The path of the page that opens the link; the same for the same values, so a retried mail carries the same link. */
export function organiserLinkPath(secret: Buffer, link: LinkFor): string {
  const expires = seconds(link.expiresAt);
  return `/admin/wachtwoord-kiezen/${link.organiserId}.${link.purpose}.${expires}.${mac(secret, { ...link, expires })}`;
}

/** Whether a string has a link's shape: checked before anything else, also before a redirect is built from it. */
export const looksLikeOrganiserLink = (link: string) => FORMAT.test(link);

export type OpenedOrganiserLink = { organiserId: string; email: string; purpose: OrganiserLinkPurpose; expiresAt: Date; passwordChangedAt: Date };

/**
 * Opens a link while it is valid: its organiser exists, it has not expired, and their password
 * has not changed since it was made; else null. It only reads, so a mail scanner's visit spends
 * nothing: the link is used up by setting the password (lib/auth/link-password.ts).
 */
export async function openOrganiserLink(db: Db, secret: Buffer, link: string, now: Date): Promise<OpenedOrganiserLink | null> {
  const match = FORMAT.exec(link);
  if (!match) return null;
  const [, organiserId, purpose, expires, given] = match as unknown as [string, string, OrganiserLinkPurpose, string, string];
  if (Number(expires) * 1000 <= now.getTime()) return null;
  const organiser = await db.organiser.findUnique({ where: { id: organiserId }, select: { email: true, passwordChangedAt: true } });
  if (!organiser) return null;
  const expected = mac(secret, { organiserId, purpose, expires: Number(expires), passwordChangedAt: organiser.passwordChangedAt });
  if (!sameText(given, expected)) return null;
  return { organiserId, email: organiser.email, purpose, expiresAt: new Date(Number(expires) * 1000), passwordChangedAt: organiser.passwordChangedAt };
}
