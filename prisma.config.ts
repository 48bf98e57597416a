import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, prismaPaths, providerOf, sqlitePath } from "./lib/database-url";

// Point the CLI at a file that exists, so it never tries to download native engines.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= __filename;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= __filename;
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

const url = process.env.DATABASE_URL;
const provider = providerOf(url);

// One schema and one migrations folder per provider; DATABASE_URL picks which. (`prisma generate
// --schema …` overrides the schema, which is how postinstall generates both clients.)
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: prismaPaths[provider].schema,
  migrations: { path: prismaPaths[provider].migrations },
  async adapter() {
    if (provider === "postgresql") {
      // The 6.19 pg adapter breaks the wasm schema engine; 7.10.1 applies migrations (shared/PRISMA.md).
      const { PrismaPg } = await import("@prisma/adapter-pg-migrate");
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return new PrismaPg({ connectionString: url }) as any;
    }
    fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
