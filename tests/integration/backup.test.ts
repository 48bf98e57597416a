import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { register } from "@/lib/registration/register";
import { defaultBackupPath } from "@/lib/sqlite-backup";
import { seedConfirmed } from "../support/bulk";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { onPostgres } from "../support/postgres";
import { freshDatabase } from "../support/test-db";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

function backup(databaseUrl: string, ...args: string[]) {
  return run("npm", ["run", "--silent", "db:backup", "--", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
}

describe.skipIf(onPostgres())("npm run db:backup", () => {
  let db: Db;
  let url: string;
  let dispose: () => Promise<void>;
  let dir: string;
  beforeEach(async () => {
    ({ db, url, dispose } = await freshDatabase());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosie-backup-"));
  });
  afterEach(async () => {
    await dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("copies the database consistently while sign-ups keep being written", async () => {
    const s = await seededSessions(db);
    await seedConfirmed(db, s[2].id, 2000, BEFORE); // enough pages that the copy is more than one step's worth
    // The new sign-ups stay in the write-ahead log, as a busy site has its latest between checkpoints:
    // a plain copy of the database file would not have them.
    await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await register(db, person(`schrijver-${written++}@example.nl`, [s[1].id]), BEFORE, RULES);
        // better-sqlite3 answers synchronously: without a turn of the event loop, nothing else would run.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const committedBefore = written - 1; // the one under way may or may not be in the copy
    const file = path.join(dir, "kopie.db");
    const { stdout } = await backup(url, file);
    const writtenDuring = written - committedBefore;
    writing = false;
    await writer;

    expect(stdout.trim()).toBe(file);
    expect(writtenDuring).toBeGreaterThan(1);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("foreign_key_check")).toEqual([]);
      const emails = new Set(copy.prepare("SELECT email FROM Registrant").pluck().all() as string[]);
      const missing = Array.from({ length: committedBefore }, (_, i) => `schrijver-${i}@example.nl`).filter((email) => !emails.has(email));
      expect(missing).toEqual([]);
      expect(emails.size).toBeGreaterThanOrEqual(2000 + committedBefore);
      // Every sign-up in the copy came with its confirmation mail: one transaction, never half of it.
      const signUps = copy.prepare("SELECT COUNT(*) FROM SignUp WHERE sessionId = ?").pluck().get(s[1].id);
      const mails = copy.prepare("SELECT COUNT(*) FROM OutboxMail WHERE kind = 'confirmation'").pluck().get();
      expect(mails).toBe(signUps);
    } finally {
      copy.close();
    }
  });

  it("never overwrites an existing file", async () => {
    const file = path.join(dir, "bestaat.db");
    fs.writeFileSync(file, "keep me");
    await expect(backup(url, file)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("already exists") });
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  });

  it("names the copy after the database and the UTC time by default", () => {
    expect(defaultBackupPath("file:./var/app.db", new Date("2027-06-01T12:34:56.789Z"))).toBe(path.join("var", "backups", "app-20270601T123456Z.db"));
  });

  it("refuses a PostgreSQL database and points to pg_dump", async () => {
    const refused = backup("postgresql://postgres@127.0.0.1:1/cosie");
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("pg_dump") });
  });
});
