import "server-only";
import type { Db } from "./db";
import { Prisma } from "./generated/prisma/client";

export type Tx = Prisma.TransactionClient;

const ATTEMPTS = 8;

// Another transaction won a race: PostgreSQL's 40001 (Prisma's P2034), SQLite busy, or a unique
// row (an address, a mail's dedupe key) that the other one inserted first; a rerun sees that row.
function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && ["P2034", "P2002"].includes(error.code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /40001|could not serialize|SQLITE_BUSY|database is locked/i.test(message);
}

/**
 * Runs `work` in one Serializable transaction, and again from the start when it lost a race
 * with another one, so a visitor never sees a serialisation failure.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable", maxWait: 15_000, timeout: 30_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
