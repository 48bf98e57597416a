import "server-only";
import type { Db } from "../db";
import { audit } from "../admin/audit";
import { openOrganiserLink, type OrganiserLinkPurpose } from "../links/organiser-link";
import { inTransaction } from "../transaction";
import { hashPassword, weakPassword } from "./password";

export type LinkPasswordResult =
  | { ok: true; email: string; purpose: OrganiserLinkPurpose }
  /** "link": expired, spent, or never made here; the others say what is wrong with the password. */
  | { ok: false; problem: "link" | "short" | "common" };

/**
 * Sets the password chosen behind an invitation or reset link, and with it spends the link: the
 * password moment moves on, which ends this link and every other made before. The update is
 * conditional on the moment the link was made for, so of two posts at once only one sets a
 * password. Every sign-in session of the organiser ends: whoever held one may be who it was lost to.
 */
export async function setPasswordByLink(db: Db, secret: Buffer, link: string, password: string, now: Date): Promise<LinkPasswordResult> {
  const opened = await openOrganiserLink(db, secret, link, now);
  if (!opened) return { ok: false, problem: "link" };
  const weak = weakPassword(password);
  if (weak) return { ok: false, problem: weak };
  const passwordHash = await hashPassword(password);
  const { organiserId, passwordChangedAt, purpose } = opened;
  const moment = new Date(Math.max(now.getTime(), passwordChangedAt.getTime() + 1));
  return inTransaction(db, async (tx) => {
    const { count } = await tx.organiser.updateMany({
      where: { id: organiserId, passwordChangedAt },
      data: { passwordHash, passwordChangedAt: moment, mustChangePassword: false, invitedAt: null },
    });
    if (count === 0) return { ok: false as const, problem: "link" as const };
    await tx.adminSession.deleteMany({ where: { organiserId } });
    await audit(tx, { action: "password-set-by-link", organiserId, detail: { purpose } });
    return { ok: true as const, email: opened.email, purpose };
  });
}
