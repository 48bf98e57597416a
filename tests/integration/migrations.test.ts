import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { onPostgres } from "../support/postgres";

// Introspection does not work through driver adapters, so compare the catalogs instead.
function catalog(db: Database.Database) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name")
    .pluck()
    .all() as string[];
  return tables.map((table) => ({
    table,
    columns: db.prepare(`PRAGMA table_info("${table}")`).all(),
    indexes: (db.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number }[])
      .map((index) => ({
        ...index,
        columns: db.prepare(`PRAGMA index_info("${index.name}")`).all(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: db.prepare(`PRAGMA foreign_key_list("${table}")`).all(),
  }));
}

describe.skipIf(onPostgres())("the committed SQLite migrations", () => {
  it("build exactly the database that prisma/schema.prisma describes", () => {
    const fromMigrations = new Database(inject("templateDatabase"), { readonly: true });
    const script = execFileSync(
      process.execPath,
      [require.resolve("prisma/build/index.js"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const fromSchema = new Database(":memory:");
    fromSchema.exec(script);

    expect(catalog(fromMigrations)).toEqual(catalog(fromSchema));
    expect(catalog(fromSchema).length).toBeGreaterThan(0);
  });
});
