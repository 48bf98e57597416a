import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresClient } from "./generated/prisma-postgres/client";
import { providerOf, sqlitePath } from "./database-url";
import { env } from "./env";

/**
 * The database client. Both providers' clients are generated from one data model, so they have the
 * same API; callers see one type and never know which database they talk to.
 */
export type Db = PrismaClient;

export function createDb(url: string): Db {
  if (providerOf(url) === "postgresql") {
    // A pooled connection per instance; transactions each hold one connection while they run.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) }) as unknown as Db;
  }
  fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// One client per process; kept on globalThis so dev-mode reloads don't open new connections.
const holder = globalThis as unknown as { prisma?: Db };

export function db(): Db {
  holder.prisma ??= createDb(env().DATABASE_URL);
  return holder.prisma;
}
