import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../transaction";
import type { Db } from "../db";

// 256 random bits, URL-safe; only the hash is stored, so a database leak reveals no working link.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The moment the series' last session ends: manage links work until then. */
export async function seriesEnd(db: Db | Tx, registrantId: string): Promise<Date> {
  const last = await db.session.findFirst({
    where: { series: { sessions: { some: { signUps: { some: { registrantId } } } } } },
    orderBy: { endsAt: "desc" },
    select: { endsAt: true },
  });
  return last?.endsAt ?? new Date(0);
}

/** Mints a fresh manage token for a mail; returns the only plain copy there will ever be. */
export async function mintManageToken(db: Db | Tx, registrantId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.manageToken.create({
    data: { tokenHash: hashToken(token), registrantId, expiresAt: await seriesEnd(db, registrantId) },
  });
  return token;
}

/** The registrant a token belongs to, while it is valid. */
export async function registrantForToken(db: Db | Tx, token: string, now: Date): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const found = await db.manageToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { registrantId: true, expiresAt: true },
  });
  return found && found.expiresAt > now ? found.registrantId : null;
}
