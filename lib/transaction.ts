import "server-only";
import { Prisma } from "./generated/prisma/client";
import { providerOfDb, type Db } from "./db";

export type Tx = Prisma.TransactionClient;

const ATTEMPTS = 50;

// Another transaction won a race: a deadlock, SQLite busy, or a unique row (an address, a mail's
// dedupe key) that the other one inserted first; a rerun sees that row.
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (code === "P2034" || code === "P2002") return true;
  const message = error instanceof Error ? error.message : String(error);
  return /40001|40P01|TransactionWriteConflict|could not serialize|deadlock detected|SQLITE_BUSY|database is locked/i.test(message);
}

/**
 * Runs `work` in one transaction, and again from the start when it lost a race with another.
 *
 * SQLite runs one writer at a time, so its transactions are serializable. On PostgreSQL the
 * transactions are Read Committed and the work takes row locks where it decides on places
 * (lockSessions): under Serializable, a COMMIT that fails with a serialisation error leaves the
 * pg driver adapter's connection checked out, and a burst of sign-ups then exhausts the pool.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  const isolationLevel = providerOfDb(db) === "postgresql" ? "ReadCommitted" : "Serializable";
  for (let attempt = 1; ; attempt++) {
    try {
      // Db is typed as the SQLite client, whose types know only Serializable.
      return await db.$transaction(work, { isolationLevel: isolationLevel as "Serializable", maxWait: 30_000, timeout: 30_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
    }
  }
}

/**
 * Locks these sessions' rows until the transaction ends, so decisions about their places are
 * taken one at a time, in order of commit. A no-op update: SQLite has no FOR UPDATE.
 */
export async function lockSessions(tx: Tx, sessionIds: string[]): Promise<void> {
  const ids = [...new Set(sessionIds)].sort(); // one order everywhere: no deadlocks
  if (ids.length === 0) return;
  await tx.$executeRaw`UPDATE "Session" SET "linkVersion" = "linkVersion" WHERE "id" IN (${Prisma.join(ids)})`;
}

/** What became of work done part by part (a session, a mailing): how many rows, and which parts failed. */
export type PartsReport = { total: number; failures: { id: string; error: unknown }[] };

/**
 * Runs `batch` for each part, one transaction per batch, until a batch does nothing. Each part
 * runs on its own: one that fails is reported, and the others go on.
 */
export async function batchesPerPart(db: Db, ids: string[], batch: (tx: Tx, id: string) => Promise<number>): Promise<PartsReport> {
  const report: PartsReport = { total: 0, failures: [] };
  for (const id of ids) {
    try {
      for (let count = 1; count > 0; ) {
        count = await inTransaction(db, (tx) => batch(tx, id));
        report.total += count;
      }
    } catch (error) {
      report.failures.push({ id, error });
    }
  }
  return report;
}
