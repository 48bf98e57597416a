import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db, type QueryObserver } from "@/lib/db";
import { adminQuery, onPostgres, postgresUrl } from "./postgres";

export type TestDatabase = { db: Db; url: string; dispose: () => Promise<void> };

/** A migrated, empty database of the test's own: a SQLite file, or a PostgreSQL database. */
export async function freshDatabase(onQuery?: QueryObserver): Promise<TestDatabase> {
  if (onPostgres()) {
    const name = `cosie_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
    const url = postgresUrl(name);
    const db = createDb(url, onQuery);
    return {
      db,
      url,
      dispose: async () => {
        await db.$disconnect();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosie-test-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDatabase"), file);
  const url = `file:${file}`;
  const db = createDb(url, onQuery);
  return {
    db,
    url,
    dispose: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
