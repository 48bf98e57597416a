import { z } from "zod";
import { FORGED } from "../registration/form-schema";
import { EVALUATION_TEXT_MAX, SCORES } from "./fields";

// The evaluation form: one schema for the server action and the tests.

// C0 and C1 control characters other than the line break, which an answer of several lines keeps.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const answer = z
  .string({ error: FORGED })
  // A textarea posts CRLF; the stored answer uses LF.
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .max(EVALUATION_TEXT_MAX, `Dit is te lang. Gebruik maximaal ${EVALUATION_TEXT_MAX} tekens.`)
      .refine((value) => !CONTROL.test(value), { error: "Hier staat een onzichtbaar teken in, zoals een tab. Haal dat weg." }),
  )
  .transform((value) => (value === "" ? null : value));

export const evaluationSchema = z.strictObject(
  {
    score: z.enum(SCORES, {
      error: (issue) => (issue.input === undefined ? "Kies hoe waardevol de sessie voor je was, van 1 tot en met 5." : FORGED),
    }).transform(Number),
    takeaway: answer.optional().transform((value) => value ?? null),
    improvement: answer.optional().transform((value) => value ?? null),
    mayQuote: z.enum(["ja", "nee"], { error: FORGED }).default("nee").transform((value) => value === "ja"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? FORGED : undefined) },
);

export type EvaluationInput = z.infer<typeof evaluationSchema>;
