import { z } from "zod";
import { fromAmsterdamLocalInput } from "../time";

// The pieces the organisers' forms are built from: texts, optional fields and Amsterdam moments.

// C0 and C1 control characters other than the line break, which multi-line texts keep.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const LINE_BREAK = /\n/;

export const text = (label: string, max: number, { multiline = false } = {}) =>
  z
    .string({ error: `Vul ${label} in.` })
    // A textarea posts CRLF; stored texts use LF, so an unchanged text compares equal.
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, `Vul ${label} in.`)
        .max(max, `Dit is te lang. Gebruik maximaal ${max} tekens.`)
        .refine((value) => !CONTROL.test(value) && (multiline || !LINE_BREAK.test(value)), {
          error: "Hier staat een onzichtbaar teken in, zoals een tab of een nieuwe regel. Haal dat weg.",
        }),
    );

/** Empty (or only spaces) becomes null, which the database stores as "not set". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema.nullable());

export const moment = (label: string) =>
  z.string({ error: `Vul ${label} in.` }).transform((value, context) => {
    if (value.trim() === "") {
      context.addIssue({ code: "custom", message: `Vul ${label} in.` });
      return z.NEVER;
    }
    const instant = fromAmsterdamLocalInput(value.trim());
    if (!instant) {
      context.addIssue({ code: "custom", message: "Vul een bestaande datum en tijd in, zoals 4-6-2027 13:30." });
      return z.NEVER;
    }
    return instant;
  });
