import { z } from "zod";
import { FORGED } from "../registration/form-schema";
import { toAmsterdamLocalInput } from "../time";
import { moment, optional, text } from "./form-schemas";
import { TEXT_FIELDS, type TextsField, type TextsValues } from "./texts-fields";

// The one schema for the texts editor, shared by the server action and the tests.

export const CLOSE_BEFORE_OPEN = "Aanmelden moet sluiten na het moment waarop het opent. Kijk de datums na.";
const EMAIL_ERROR = "Vul een e-mailadres in zoals naam@organisatie.nl, of laat het veld leeg.";

const markdown = (label: string, max: number) => text(label, max, { multiline: true });
const address = optional(z.string({ error: EMAIL_ERROR }).trim().max(254, EMAIL_ERROR).pipe(z.email({ error: EMAIL_ERROR })));

export const textsSchema = z
  .object({
    title: text("een titel", 150),
    intro: markdown("een inleiding", 3000),
    expectations: markdown("wat deelnemers kunnen verwachten", 5000),
    howItWorks: markdown("hoe het werkt", 5000),
    joinTips: markdown("minstens één tip", 2000),
    partnership: markdown("de tekst over de samenwerking", 3000),
    free: z.enum(["on", ""], { error: FORGED }).transform((value) => value === "on"),
    registrationOpensAt: optional(moment("het moment waarop aanmelden opent")),
    registrationClosesAt: optional(moment("het moment waarop aanmelden sluit")),
    contactEmail: address,
    privacyContact: address,
    privacyController: markdown("wie verantwoordelijk is", 2000),
    privacyAudience: markdown("wie de gegevens kan zien", 2000),
  })
  .refine((input) => !input.registrationOpensAt || !input.registrationClosesAt || input.registrationClosesAt > input.registrationOpensAt, {
    path: ["registrationClosesAt"],
    error: CLOSE_BEFORE_OPEN,
    when: ({ value }) => {
      const { registrationOpensAt: opens, registrationClosesAt: closes } = value as Record<string, unknown>;
      return opens instanceof Date && closes instanceof Date;
    },
  });

export type TextsInput = z.infer<typeof textsSchema>;

/** The posted form as typed; an unticked box posts nothing, and a file counts as empty. */
export function readTextsForm(formData: FormData): TextsValues {
  const value = (name: TextsField) => {
    const entry = formData.get(name);
    return typeof entry === "string" ? entry : "";
  };
  return Object.fromEntries(TEXT_FIELDS.map((field) => [field, value(field)])) as TextsValues;
}

/** Stored (or just saved) texts as the form shows them: moments in Amsterdam wall-clock time. */
export function textsValuesOf(input: TextsInput): TextsValues {
  const moment = (value: Date | null) => (value ? toAmsterdamLocalInput(value) : "");
  return {
    ...input,
    free: input.free ? "on" : "",
    registrationOpensAt: moment(input.registrationOpensAt),
    registrationClosesAt: moment(input.registrationClosesAt),
    contactEmail: input.contactEmail ?? "",
    privacyContact: input.privacyContact ?? "",
  };
}
