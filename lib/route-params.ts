import { z } from "zod";

/** A session number in a URL: digits only, so "/sessies/1abc" is not session 1. */
export const sessionNumberParam = z
  .string()
  .regex(/^[1-9]\d{0,2}$/)
  .transform(Number);

/** A record's id (a cuid) in a URL: anything else is not found, without asking the database. */
export const idParam = z.string().regex(/^[a-z0-9]{20,40}$/);
