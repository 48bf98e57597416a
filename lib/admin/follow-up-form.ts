import { z } from "zod";
import { FORGED } from "../registration/form-schema";
import { FOLLOW_UP_TEXT_MAX, type FollowUpValues } from "./follow-up-fields";

// The one schema for the follow-up editor, shared by the server action and the tests.

export const HTTPS_ERROR = "Vul een webadres in dat begint met https://, of laat het veld leeg.";
// C0 and C1 control characters other than the line break, which a text of paragraphs keeps.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const link = z
  .string({ error: HTTPS_ERROR })
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .url({ protocol: /^https$/, hostname: z.regexes.domain, error: HTTPS_ERROR })
      .max(1000, "Dit webadres is te lang. Gebruik maximaal 1000 tekens.")
      .refine((value) => !/\s/.test(value) && !new URL(value).username && !new URL(value).password, { error: HTTPS_ERROR })
      .nullable(),
  );

export const followUpSchema = z.object({
  enabled: z.literal("on", { error: FORGED }).optional().transform((value) => value === "on"),
  text: z
    .string({ error: "Vul een tekst in, of laat het veld leeg." })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .max(FOLLOW_UP_TEXT_MAX, `Dit is te lang. Gebruik maximaal ${FOLLOW_UP_TEXT_MAX} tekens.`)
        .refine((value) => !CONTROL.test(value), { error: "Hier staat een onzichtbaar teken in, zoals een tab. Haal dat weg." }),
    ),
  slidesUrl: link,
  recordingUrl: link,
  readingUrl: link,
});

export type FollowUpInput = z.infer<typeof followUpSchema>;

/** The posted form as typed, for the form after a failed save. */
export function followUpValuesOf(formData: FormData): FollowUpValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { enabled: formData.get("enabled") === "on", text: text("text"), slidesUrl: text("slidesUrl"), recordingUrl: text("recordingUrl"), readingUrl: text("readingUrl") };
}

/** A stored (or just saved) follow-up as the form shows it. */
export function storedFollowUpValues(input: FollowUpInput): FollowUpValues {
  return { enabled: input.enabled, text: input.text, slidesUrl: input.slidesUrl ?? "", recordingUrl: input.recordingUrl ?? "", readingUrl: input.readingUrl ?? "" };
}
