import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { DEFAULT_DATABASE_URL, sqlitePath } from "./lib/database-url";

// Point the CLI at a file that exists, so it never tries to download native engines.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= __filename;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= __filename;
process.env.DATABASE_URL ??= DEFAULT_DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL!;
    fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
