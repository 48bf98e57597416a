import "server-only";
import type { Db } from "./db";
import type { Prisma } from "./generated/prisma/client";

export type Tx = Prisma.TransactionClient;

// Many visitors may race for the last places of one session; each loser starts again after a
// short random wait, so they are served one after another instead of failing.
const ATTEMPTS = 50;

// Another transaction won a race: PostgreSQL's 40001 (Prisma's P2034), SQLite busy, or a unique
// row (an address, a mail's dedupe key) that the other one inserted first; a rerun sees that row.
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (code === "P2034" || code === "P2002") return true;
  const message = error instanceof Error ? error.message : String(error);
  return /40001|could not serialize|deadlock detected|SQLITE_BUSY|database is locked/i.test(message);
}

/**
 * Runs `work` in one Serializable transaction, and again from the start when it lost a race
 * with another one, so a visitor never sees a serialisation failure.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable", maxWait: 30_000, timeout: 30_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
    }
  }
}
