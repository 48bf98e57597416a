import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { Client } from "pg";
import { describe, expect, inject, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchema, SQLITE_SCHEMA } from "@/prisma/postgresql";
import { adminQuery, onPostgres, postgresUrl } from "../support/postgres";

describe("the PostgreSQL schema", () => {
  it("is exactly what prisma/postgresql.ts derives from prisma/schema.prisma", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });
});

// Introspection does not work through driver adapters, so compare the catalogs instead.
async function catalog(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    );
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '\_prisma%' ORDER BY conname`,
    );
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  } finally {
    await client.end();
  }
}

describe.runIf(onPostgres())("the committed PostgreSQL migrations", () => {
  it("build exactly the database that prisma/postgresql/schema.prisma describes", async () => {
    const name = `cosie_fromschema_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(`CREATE DATABASE ${name}`);
    try {
      const script = execFileSync(
        process.execPath,
        [require.resolve("prisma/build/index.js"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"],
        { encoding: "utf8", env: { ...process.env, DATABASE_URL: postgresUrl(name) }, stdio: ["ignore", "pipe", "pipe"] },
      );
      const client = new Client({ connectionString: postgresUrl(name) });
      await client.connect();
      await client.query(script);
      await client.end();
      const fromSchema = await catalog(postgresUrl(name));
      expect(fromSchema.columns.length).toBeGreaterThan(0);
      expect(await catalog(postgresUrl(inject("templateDatabase")))).toEqual(fromSchema);
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
