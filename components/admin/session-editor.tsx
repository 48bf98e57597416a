"use client";

import { useActionState } from "react";
import styles from "@/app/admin/admin.module.css";
import type { SessionField, SessionFormValues } from "@/lib/admin/session-form";
import { initialSessionFormState, type SessionFormState } from "@/lib/admin/session-form-state";
import { MARKDOWN_HINT } from "@/lib/text/markdown-hint";
import { useFocus } from "../form/use-focus";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";

type FieldSpec = {
  name: SessionField;
  label: string;
  hint?: string;
  type?: "text" | "url" | "datetime-local" | "textarea";
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric";
};

const DUTCH_TIME = "Nederlandse tijd, zoals die op de klok staat; zomer- en wintertijd gaan vanzelf goed.";

const FIELDS: FieldSpec[] = [
  { name: "phase", label: "Fase", required: true, maxLength: 50, hint: "Zoals: initiëren, ontwerpen, uitvoeren of evalueren." },
  { name: "title", label: "Titel", required: true, maxLength: 150 },
  { name: "summary", label: "Korte samenvatting (niet verplicht)", maxLength: 300 },
  { name: "description", label: "Beschrijving", type: "textarea", required: true, hint: MARKDOWN_HINT },
  { name: "speakerName", label: "Naam gastspreker", required: true, maxLength: 100 },
  { name: "speakerRole", label: "Functie gastspreker (niet verplicht)", maxLength: 150 },
  { name: "speakerOrganisation", label: "Organisatie gastspreker (niet verplicht)", maxLength: 150 },
  { name: "capacity", label: "Aantal plaatsen (leeg is onbeperkt)", inputMode: "numeric" },
  { name: "startsAt", label: "Begint op", type: "datetime-local", required: true, hint: DUTCH_TIME },
  { name: "endsAt", label: "Eindigt op", type: "datetime-local", required: true, hint: DUTCH_TIME },
  {
    name: "teamsUrl",
    label: "Teams-link",
    type: "url",
    hint: "De link naar de Teams-vergadering. Leeg laten kan zolang er nog geen link is.",
  },
];

type Props = {
  /** Saves an existing session (with `sessionId`) or adds a new one. */
  save: (previous: SessionFormState, formData: FormData) => Promise<SessionFormState>;
  sessionId?: string;
  /** Where a new session goes: a draft series, or (unset) the public one. */
  seriesId?: string;
  initial: SessionFormValues;
  submitLabel: string;
};

/**
 * The session form, for an edit or a new session: a plain post to the server action, so it works
 * without JavaScript; with it, only the form updates and the button is disabled while saving.
 */
export function SessionEditor({ save, sessionId, seriesId, initial, submitLabel }: Props) {
  const [state, action, pending] = useActionState(save, initialSessionFormState);
  const values = state.status === "idle" ? initial : state.values;
  const invalid = state.status === "invalid" ? state : null;
  const attempt = state.status === "idle" ? 0 : state.attempt;
  const saved = useFocus<HTMLDivElement>(attempt);

  return (
    <form action={action} noValidate className={styles.form} key={attempt}>
      {invalid && (
        <ErrorSummary
          title="Er is niets opgeslagen. Controleer het formulier"
          order={FIELDS.map(({ name }) => name)}
          errors={invalid.errors}
          formErrors={invalid.formErrors}
          focusKey={attempt}
        />
      )}
      {state.status === "saved" && (
        <div ref={saved} tabIndex={-1} autoFocus className={styles.notice} role="status">
          {state.notice}
        </div>
      )}
      {sessionId && <input type="hidden" name="id" value={sessionId} />}
      {seriesId && <input type="hidden" name="series" value={seriesId} />}
      {FIELDS.map(({ name, ...spec }) => (
        <Field key={name} name={name} {...spec} required={spec.required ?? false} defaultValue={values[name]} errors={invalid?.errors[name]} />
      ))}
      <button type="submit" className={styles.button} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
