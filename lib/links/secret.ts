import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db";

const ID = "personal-links";

/**
 * The key behind every personal link: APP_SECRET when set, otherwise one generated once and kept in
 * the database, so every instance and every restart derive the same links.
 */
export async function linkSecret(db: Db, configured: string | undefined): Promise<Buffer> {
  if (configured) return Buffer.from(configured, "utf8");
  const existing = await db.serverSecret.findUnique({ where: { id: ID }, select: { value: true } });
  if (existing) return Buffer.from(existing.value, "base64url");
  try {
    await db.serverSecret.create({ data: { id: ID, value: randomBytes(32).toString("base64url") } });
  } catch (error) {
    // Another instance starting at the same moment created it first; theirs is the one.
    if ((error as { code?: unknown }).code !== "P2002") throw error;
  }
  const stored = await db.serverSecret.findUniqueOrThrow({ where: { id: ID }, select: { value: true } });
  return Buffer.from(stored.value, "base64url");
}
