import { describe, expect, it } from "vitest";
import { onPostgres } from "../support/postgres";
import { freshDatabase } from "../support/test-db";

describe.skipIf(onPostgres())("the SQLite connection", () => {
  it("runs in WAL mode, with every commit on disk (synchronous FULL) and a busy timeout", async () => {
    const { db, dispose } = await freshDatabase();
    try {
      const pragma = async (name: string) => Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0])[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(Number(await pragma("synchronous"))).toBe(2); // FULL
      expect(Number(await pragma("busy_timeout"))).toBe(10_000);
    } finally {
      await dispose();
    }
  });
});
