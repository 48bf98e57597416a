import { z } from "zod";
import { FORGED } from "../registration/form-schema";
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX } from "./message-fields";

// The one schema for an organiser's message to a session's registrants.

// C0 and C1 control characters; the text keeps its line breaks, the subject has none.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const INVISIBLE = "Hier staat een onzichtbaar teken in, zoals een tab of een nieuwe regel. Haal dat weg.";

export const messageSchema = z.object({
  audience: z.enum(["confirmed", "waitlisted", "both"], {
    error: (issue) => (issue.input === undefined || issue.input === "" ? "Kies wie het bericht krijgen." : FORGED),
  }),
  subject: z
    .string({ error: FORGED })
    .trim()
    .min(1, "Vul een onderwerp in.")
    .max(MESSAGE_SUBJECT_MAX, `Het onderwerp is te lang. Gebruik maximaal ${MESSAGE_SUBJECT_MAX} tekens.`)
    .refine((value) => !CONTROL.test(value) && !/\n/.test(value), { error: INVISIBLE }),
  body: z
    .string({ error: FORGED })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, "Vul de tekst van het bericht in.")
        .max(MESSAGE_BODY_MAX, `De tekst is te lang. Gebruik maximaal ${MESSAGE_BODY_MAX} tekens.`)
        .refine((value) => !CONTROL.test(value), { error: INVISIBLE }),
    ),
});

export type MessageInput = z.infer<typeof messageSchema>;
