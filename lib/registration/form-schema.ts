import { z } from "zod";
import { becomesLink } from "./becomes-link";

// The one schema for the registration form, shared by the server action and the tests.

export const NAME_MAX = 100;
export const ORGANISATION_MAX = 150;
export const ROLE_MAX = 100;

export const FORGED =
  "Het formulier is niet goed verstuurd. Laad de pagina opnieuw en probeer het nog eens.";

// C0 and C1 control characters (tabs, line breaks, NUL …) and invisible format characters (zero
// widths, right-to-left overrides that reorder what a mail shows): never part of a name typed in
// one line. The zero-width joiner stays: emoji such as 👩🏽‍💼 are built with it.
const INVISIBLE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]|(?!\u200d)\p{Cf}/u;
// Something a person can read: a value of only spaces, marks or invisible characters is empty.
const VISIBLE = /[\p{L}\p{N}]/u;
const SESSION_ID = /^[a-z0-9]{20,40}$/;

const text = (max: number, required: string, tooLong: string, unreadable = required) =>
  z
    .string({ error: FORGED })
    .trim()
    .min(1, { error: required, abort: true })
    .max(max, tooLong)
    .refine((value) => VISIBLE.test(value), { error: unreadable })
    .refine((value) => !INVISIBLE_CHARACTERS.test(value), {
      error: "Hier staat een onzichtbaar teken in, zoals een tab of een nieuwe regel. Haal dat weg.",
    })
    .refine((value) => !becomesLink(value), {
      error: "Hier staat een webadres of e-mailadres in. Dat kan niet in dit veld: vul alleen de naam in, zonder link.",
    });

const email = z
  .string({ error: FORGED })
  .trim()
  .min(1, "Vul je e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, zoals naam@organisatie.nl." }));

const forged = (issue: { code: string }) => (issue.code === "unrecognized_keys" ? FORGED : undefined);

/** The "lost your link?" form. */
export const lostLinkSchema = z.strictObject({ email }, { error: forged });

// Name, organisation and role: checked the same when signing up and when a person corrects them.
const details = {
  name: text(NAME_MAX, "Vul je naam in.", `Je naam is te lang. Gebruik maximaal ${NAME_MAX} tekens.`),
  organisation: text(
    ORGANISATION_MAX,
    "Vul je organisatie in.",
    `De naam van je organisatie is te lang. Gebruik maximaal ${ORGANISATION_MAX} tekens.`,
  ),
  role: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text(
      ROLE_MAX,
      "",
      `Je functie is te lang. Gebruik maximaal ${ROLE_MAX} tekens.`,
      "Vul je functie in met letters of cijfers, of laat het veld leeg.",
    ).optional(),
  ),
};

/** A person correcting their own details through their manage link. */
export const detailsSchema = z.strictObject(details, { error: forged });
export type DetailsInput = z.infer<typeof detailsSchema>;

export const registrationSchema = z.strictObject(
  {
    name: details.name,
    email,
    organisation: details.organisation,
    role: details.role,
    sessions: z
      .array(z.string().regex(SESSION_ID, { error: FORGED }), { error: FORGED })
      .min(1, "Kies minstens één sessie.")
      .max(20, { error: FORGED })
      .refine((ids) => new Set(ids).size === ids.length, { error: FORGED }),
    consent: z.literal("on", {
      error: (issue) =>
        issue.input === undefined ? "Vink aan dat je akkoord gaat met de privacyverklaring." : FORGED,
    }),
    // The honeypot: hidden from people, so only robots fill it in.
    website: z.string({ error: FORGED }).max(500, { error: FORGED }),
  },
  { error: forged },
);

export type RegistrationInput = z.infer<typeof registrationSchema>;

/**
 * The submitted form as a plain object: the fields named in `lists` are lists, every other field
 * one value. A field sent twice stays a list, which the schemas refuse as forged. Next's own
 * `$ACTION_…` fields are not ours to check.
 */
export function formDataToObject(formData: FormData, lists: string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = Object.fromEntries(lists.map((key) => [key, []]));
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const entry = typeof value === "string" ? value : null;
    if (lists.includes(key)) (object[key] as unknown[]).push(entry);
    else if (key in object) object[key] = [object[key], entry].flat();
    else object[key] = entry;
  }
  return object;
}
