import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqlitePath } from "./database-url";

/** Where a backup goes unless told: var/backups/<database file's name>-<UTC time>.db. */
export function defaultBackupPath(databaseUrl: string, now: Date): string {
  const file = sqlitePath(databaseUrl);
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return path.join("var", "backups", `${path.basename(file, path.extname(file))}-${stamp}.db`);
}

// Pages per backup step: all of them. SQLite restarts a backup whenever another connection writes
// between two steps, so under steady sign-ups a stepwise copy might never finish; one step holds a
// read snapshot, which in WAL mode keeps no writer waiting.
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the SQLite database with SQLite's online backup API: a consistent snapshot, taken while
 * the site goes on reading and writing. Never overwrites an existing file.
 */
export async function backupSqlite(databaseUrl: string, destination: string): Promise<void> {
  const source = sqlitePath(databaseUrl);
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (fs.existsSync(destination)) throw new Error(`${destination} already exists; choose another file.`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}
