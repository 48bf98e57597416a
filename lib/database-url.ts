import { z } from "zod";

// DATABASE_URL picks the provider; SQLite is the embedded default.
export const DEFAULT_DATABASE_URL = "file:./var/app.db";

export const databaseUrlSchema = z
  .string()
  .trim()
  .refine((url) => url.startsWith("file:"), {
    error: "must start with file: (SQLite)",
  });

/** The filesystem path of a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  return url.slice("file:".length).split("?")[0];
}
