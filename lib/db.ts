import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresClient } from "./generated/prisma-postgres/client";
import { providerOf, sqlitePath, type Provider } from "./database-url";

/**
 * The database client. Both providers' clients are generated from one data model, so they have the
 * same API; callers see one type and never know which database they talk to.
 */
export type Db = PrismaClient;

const providers = new WeakMap<Db, Provider>();

// A writer waits this long for another to finish before it gives up (SQLITE_BUSY).
const BUSY_TIMEOUT_MS = 10_000;

/**
 * SQLite for many readers and a burst of writers: write-ahead logging (readers never wait for a
 * writer), every commit on disk before it is confirmed (synchronous FULL, which better-sqlite3
 * otherwise lowers to NORMAL in WAL mode), and a busy timeout. Set on every connection Prisma opens.
 */
class SqliteAdapter extends PrismaBetterSQLite3 {
  async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`);
    return adapter;
  }
}

/** Sees every query with its parameters: how tests check that no query grows with the data. */
export type QueryObserver = (query: string, params: unknown[]) => void;

/** A client for the database at `url`. The server makes one (lib/server/wiring.ts); tests and scripts their own. */
export function createDb(url: string, onQuery?: QueryObserver): Db {
  const provider = providerOf(url);
  const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  let client: Db;
  if (provider === "postgresql") {
    // A pooled connection per instance; transactions each hold one connection while they run.
    client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log }) as unknown as Db;
  } else {
    fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
    client = new PrismaClient({ adapter: new SqliteAdapter({ url, timeout: BUSY_TIMEOUT_MS }), log });
  }
  if (onQuery) (client as unknown as EventClient).$on("query", (event) => onQuery(event.query, JSON.parse(event.params) as unknown[]));
  providers.set(client, provider);
  return client;
}

// Db's type has no "query" events: it is the client type without a log option.
type EventClient = { $on(event: "query", listener: (event: { query: string; params: string }) => void): void };

/** Which database a client talks to: only transactions need to know (lib/transaction.ts). */
export function providerOfDb(client: Db): Provider {
  return providers.get(client) ?? "sqlite";
}
