import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { sqlitePath } from "./database-url";
import { env } from "./env";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

// One client per process; kept on globalThis so dev-mode reloads don't open new connections.
const holder = globalThis as unknown as { prisma?: Db };

export function db(): Db {
  holder.prisma ??= createDb(env().DATABASE_URL);
  return holder.prisma;
}
