import { z } from "zod";

// DATABASE_URL picks the database: file: is SQLite (embedded, the default), postgres(ql):// is PostgreSQL.
export const DEFAULT_DATABASE_URL = "file:./var/app.db";

export type Provider = "sqlite" | "postgresql";

export function providerOf(url: string): Provider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

export const databaseUrlSchema = z
  .string()
  .trim()
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    error: "must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)",
  });

/** The filesystem path of a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  return url.slice("file:".length).split("?")[0];
}

/** Where each provider's schema and migrations live. */
export const prismaPaths: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
};
