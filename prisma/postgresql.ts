// PostgreSQL's schema is derived from prisma/schema.prisma (SQLite), so the data model lives in one
// place. `npx tsx prisma/postgresql.ts` rewrites prisma/postgresql/schema.prisma; a test fails when
// the committed file is not what this produces.
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join(__dirname, "schema.prisma");
export const POSTGRES_SCHEMA = path.join(__dirname, "postgresql", "schema.prisma");

export function postgresSchema(sqlite: string): string {
  const derived = sqlite
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output          = "../lib/generated/prisma"', 'output          = "../../lib/generated/prisma-postgres"')
    .replace(/^\/\/ The data model\..*$/m, "// GENERATED from prisma/schema.prisma by prisma/postgresql.ts: edit that file, not this one.");
  if (!derived.includes('provider = "postgresql"') || !derived.includes("prisma-postgres")) {
    throw new Error("prisma/schema.prisma no longer has the lines prisma/postgresql.ts rewrites");
  }
  return derived;
}

if (require.main === module) {
  fs.writeFileSync(POSTGRES_SCHEMA, postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`Wrote ${path.relative(process.cwd(), POSTGRES_SCHEMA)}`);
}
