import { z } from "zod";

/** A session number in a URL: digits only, so "/sessies/1abc" is not session 1. */
export const sessionNumberParam = z
  .string()
  .regex(/^[1-9]\d{0,2}$/)
  .transform(Number);
