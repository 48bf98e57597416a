import { z } from "zod";
import { FORGED } from "../registration/form-schema";
import { amsterdamDateKey, fromAmsterdamDateInput } from "../time";
import { optional, text } from "./form-schemas";

// The schemas of the project page editor, shared by the server actions and the tests.

export const END_BEFORE_START = "De einddatum moet na de begindatum liggen. Kijk de datums na.";

const markdown = (label: string, max: number) => text(label, max, { multiline: true });

// <input type="date"> posts "2017-12-01"; a browser without a date picker posts what was typed, as "1-12-2017".
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const isoDate = (value: string) => value.replace(DUTCH_DATE, (_, day: string, month: string, year: string) => `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);

const day = (label: string) =>
  z.string({ error: `Vul ${label} in.` }).transform((value, context) => {
    if (value.trim() === "") {
      context.addIssue({ code: "custom", message: `Vul ${label} in.` });
      return z.NEVER;
    }
    const instant = fromAmsterdamDateInput(isoDate(value.trim()));
    if (!instant) {
      context.addIssue({ code: "custom", message: "Vul een bestaande datum in, zoals 1-12-2017." });
      return z.NEVER;
    }
    return instant;
  });

/** One item per line, empty lines dropped; stored with a line break between the items. */
const lines = (what: string, maxLines: number, maxEach: number) =>
  z
    .string({ error: FORGED })
    .transform((value) =>
      value
        .split(/\r\n?|\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(maxEach, `Een regel is te lang. Gebruik maximaal ${maxEach} tekens per ${what}.`))
        .max(maxLines, `Dit zijn te veel regels. Zet hoogstens ${maxLines} keer een ${what} op een eigen regel.`),
    )
    .transform((items) => items.join("\n"));

export const projectSchema = z
  .object({
    title: text("een titel", 150),
    intro: markdown("een inleiding", 3000),
    startsOn: day("de begindatum"),
    endsOn: day("de einddatum"),
    partnerCountries: lines("land", 40, 100),
    funding: optional(text("de financiering", 500)).transform((value) => value ?? ""),
  })
  .refine((input) => input.endsOn > input.startsOn, {
    path: ["endsOn"],
    error: END_BEFORE_START,
    when: ({ value }) => {
      const { startsOn, endsOn } = value as Record<string, unknown>;
      return startsOn instanceof Date && endsOn instanceof Date;
    },
  });

export const sectionSchema = z.object({
  heading: text("een kop", 150),
  level: z.enum(["2", "3"], { error: FORGED }).transform(Number),
  body: markdown("de tekst van dit onderdeel", 6000),
});

export const researcherSchema = z.object({
  name: text("een naam", 100),
  role: text("een functie", 100),
  groups: lines("lectoraat", 10, 150),
});

export type ProjectInput = z.infer<typeof projectSchema>;
export type SectionInput = z.infer<typeof sectionSchema>;
export type ResearcherInput = z.infer<typeof researcherSchema>;

/** An id as the database makes them: what a hidden field of these forms may hold. */
export const partIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

/** The posted fields as typed; a missing field or a file counts as empty. */
export function readForm<F extends string>(formData: FormData, fields: readonly F[]): Record<F, string> {
  const value = (name: F) => {
    const entry = formData.get(name);
    return typeof entry === "string" ? entry : "";
  };
  return Object.fromEntries(fields.map((field) => [field, value(field)])) as Record<F, string>;
}

/** The stored (or just saved) page as its form shows it: dates as `<input type="date">` wants them. */
export function projectValuesOf(input: ProjectInput) {
  return { ...input, startsOn: amsterdamDateKey(input.startsOn), endsOn: amsterdamDateKey(input.endsOn) };
}

export const sectionValuesOf = (input: SectionInput) => ({ ...input, level: String(input.level) });
