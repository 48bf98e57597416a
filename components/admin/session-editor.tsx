"use client";

import { useActionState, useEffect, useRef } from "react";
import { updateSessionAction } from "@/app/admin/(beheer)/sessies/[id]/actions";
import styles from "@/app/admin/admin.module.css";
import { initialSessionFormState, type SessionField, type SessionFormValues } from "@/lib/admin/session-form";

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
  { name: "title", label: "Titel", required: true, maxLength: 150 },
  { name: "summary", label: "Korte samenvatting (niet verplicht)", maxLength: 300 },
  { name: "description", label: "Beschrijving", type: "textarea", required: true, hint: "Laat een regel wit tussen alinea’s." },
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

const fieldId = (name: string) => `sessie-${name}`;

function Field({ spec, value, errors }: { spec: FieldSpec; value: string; errors?: string[] }) {
  const { name, label, hint, type = "text", required = false } = spec;
  const hintId = `${fieldId(name)}-hint`;
  const errorId = `${fieldId(name)}-fout`;
  const props = {
    id: fieldId(name),
    name,
    defaultValue: value,
    required,
    maxLength: spec.maxLength,
    "aria-invalid": errors ? true : undefined,
    "aria-describedby": [hint && hintId, errors && errorId].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {errors && (
        <p id={errorId} className={styles.fieldError} aria-live="polite">
          <span className="visually-hidden">Fout: </span>
          {errors.join(" ")}
        </p>
      )}
      {type === "textarea" ? (
        <textarea {...props} rows={10} />
      ) : (
        <input {...props} type={type} inputMode={spec.inputMode} spellCheck={type === "url" ? false : undefined} />
      )}
    </div>
  );
}

/**
 * The session edit form: a plain post to the server action, so it works without JavaScript;
 * with it, only the form updates and the button is disabled while saving.
 */
export function SessionEditor({ sessionId, initial }: { sessionId: string; initial: SessionFormValues }) {
  const [state, action, pending] = useActionState(updateSessionAction, initialSessionFormState);
  const values = state.status === "idle" ? initial : state.values;
  const invalid = state.status === "invalid" ? state : null;
  const attempt = state.status === "idle" ? 0 : state.attempt;
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) message.current?.focus();
  }, [attempt]);

  return (
    <form action={action} noValidate className={styles.form} key={attempt}>
      {invalid && (
        // The messages themselves stand next to their fields; the summary says where to look.
        <div ref={message} tabIndex={-1} autoFocus className={styles.errorBox} role="group" aria-labelledby="sessie-fouten">
          <h2 id="sessie-fouten">Er is niets opgeslagen. Controleer:</h2>
          <ul>
            {invalid.formErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
            {FIELDS.filter(({ name }) => invalid.errors[name]).map(({ name, label }) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`}>{label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === "saved" && (
        <div ref={message} tabIndex={-1} autoFocus className={styles.notice} role="status">
          {state.notice}
        </div>
      )}
      <input type="hidden" name="id" value={sessionId} />
      {FIELDS.map((spec) => (
        <Field key={spec.name} spec={spec} value={values[spec.name]} errors={invalid?.errors[spec.name]} />
      ))}
      <button type="submit" className={styles.button} disabled={pending}>
        Opslaan
      </button>
    </form>
  );
}
