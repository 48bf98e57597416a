import { z } from "zod";
import { toAmsterdamLocalInput } from "../time";
import type { SessionFormState } from "./session-form-state";
import { moment, optional, text } from "./form-schemas";

// The one schema for the organisers' session editor, shared by the server action and the tests.

export const TEAMS_URL_ERROR =
  "Vul een Teams-link in die begint met https://teams.microsoft.com/ of https://teams.live.com/.";
export const CAPACITY_MAX = 10_000;
export const END_BEFORE_START = "De sessie moet eindigen na het begin. Kijk de eindtijd na.";

/** A session id in a URL or a hidden field: a cuid, nothing else. */
export const sessionIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

const TEAMS_PREFIX = /^https:\/\/(teams\.microsoft\.com|teams\.live\.com)([/?#]|$)/i;

/** Only a Teams meeting link: https, one of Microsoft's two hosts, no user name or port. */
export function isTeamsUrl(value: string): boolean {
  // URL() quietly drops tabs and line breaks and accepts odd spellings; the prefix check sees the raw text.
  if (/\s/.test(value) || !TEAMS_PREFIX.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" &&
      ["teams.microsoft.com", "teams.live.com"].includes(url.hostname) &&
      url.username === "" &&
      url.password === "" &&
      url.port === ""
    );
  } catch {
    return false;
  }
}

const capacity = z
  .string({ error: "Vul een aantal plaatsen in." })
  .trim()
  .regex(/^\d{1,6}$/, `Vul een heel getal in van 1 tot en met ${CAPACITY_MAX}, of laat het veld leeg.`)
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, "Een sessie heeft minstens 1 plaats. Laat het veld leeg voor onbeperkt.")
      .max(CAPACITY_MAX, `Een sessie heeft hoogstens ${CAPACITY_MAX} plaatsen. Laat het veld leeg voor onbeperkt.`),
  );

export const sessionFormSchema = z
  .object({
    phase: text("een fase", 50),
    title: text("een titel", 150),
    summary: optional(text("een samenvatting", 300)),
    description: text("een beschrijving", 5000, { multiline: true }),
    speakerName: text("de naam van de gastspreker", 100),
    speakerRole: optional(text("een functie", 150)),
    speakerOrganisation: optional(text("een organisatie", 150)),
    capacity: optional(capacity),
    startsAt: moment("de begintijd"),
    endsAt: moment("de eindtijd"),
    teamsUrl: optional(
      z.string({ error: TEAMS_URL_ERROR }).trim().max(2000, TEAMS_URL_ERROR).refine(isTeamsUrl, { error: TEAMS_URL_ERROR }),
    ),
  })
  .refine((input) => input.endsAt > input.startsAt, {
    path: ["endsAt"],
    error: END_BEFORE_START,
    // Also when another field is wrong, so every mistake shows at once; not when a time is missing.
    when: ({ value }) => {
      const { startsAt, endsAt } = value as { startsAt?: unknown; endsAt?: unknown };
      return startsAt instanceof Date && endsAt instanceof Date;
    },
  });

export type SessionInput = z.infer<typeof sessionFormSchema>;
export type SessionField = keyof SessionInput;
export const SESSION_FIELDS = [
  "phase",
  "title",
  "summary",
  "description",
  "speakerName",
  "speakerRole",
  "speakerOrganisation",
  "capacity",
  "startsAt",
  "endsAt",
  "teamsUrl",
] as const satisfies readonly SessionField[];

/** The form's fields as typed: what goes back into the form after a failed save. */
export type SessionFormValues = Record<SessionField, string>;

/** The posted form as the schema reads it; a file upload in a text field counts as missing. */
export function readSessionForm(formData: FormData): Record<SessionField, string | null> {
  const value = (name: string) => {
    const entry = formData.get(name);
    return typeof entry === "string" ? entry : null;
  };
  return Object.fromEntries(SESSION_FIELDS.map((field) => [field, value(field)])) as Record<SessionField, string | null>;
}

export function submittedValues(raw: Record<SessionField, string | null>): SessionFormValues {
  return Object.fromEntries(SESSION_FIELDS.map((field) => [field, raw[field] ?? ""])) as SessionFormValues;
}

/** A stored (or just saved) session as the form shows it: times in Amsterdam wall-clock time. */
export function formValuesOf(session: SessionInput): SessionFormValues {
  return {
    phase: session.phase,
    title: session.title,
    summary: session.summary ?? "",
    description: session.description,
    speakerName: session.speakerName,
    speakerRole: session.speakerRole ?? "",
    speakerOrganisation: session.speakerOrganisation ?? "",
    capacity: session.capacity === null ? "" : String(session.capacity),
    startsAt: toAmsterdamLocalInput(session.startsAt),
    endsAt: toAmsterdamLocalInput(session.endsAt),
    teamsUrl: session.teamsUrl ?? "",
  };
}

/**
 * What a post of the session form is answered with when it fails, for both the edit and the new
 * session: the messages by field and above the form, and the values as typed.
 */
export function sessionFormAnswers(formData: FormData, previous: SessionFormState) {
  const raw = readSessionForm(formData);
  const values = submittedValues(raw);
  const attempt = previous.status === "idle" ? 1 : previous.attempt + 1;
  const invalid = (errors: Partial<Record<string, string[]>>, formErrors: string[] = []): SessionFormState => ({
    status: "invalid",
    errors,
    formErrors,
    values,
    attempt,
  });
  /** The domain's refusal ({ field: message, form: message }) as the form shows it. */
  const refused = ({ form, ...fields }: Partial<Record<SessionField | "form", string>>) =>
    invalid(Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, [message]])), form ? [form] : []);
  return { raw, attempt, invalid, refused };
}
