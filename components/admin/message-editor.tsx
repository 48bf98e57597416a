"use client";

import { useActionState } from "react";
import { messageAction } from "@/app/admin/(beheer)/sessies/[id]/bericht/actions";
import styles from "@/app/admin/admin.module.css";
import { AUDIENCE_LABELS, MESSAGE_BODY_MAX, MESSAGE_FIELDS, MESSAGE_SUBJECT_MAX, type MessageState } from "@/lib/admin/message-fields";
import { ErrorSummary } from "../form/error-summary";
import { errorId, Field } from "../form/field";
import { Prose } from "../prose";

const initial: MessageState = { status: "writing", errors: {}, formErrors: [], values: { audience: "", subject: "", body: "" }, attempt: 0 };
const people = (count: number) => (count === 1 ? "1 persoon" : `${count} mensen`);

/** Write, look at the preview, confirm with the password: three steps that work without JavaScript. */
export function MessageEditor({ sessionId }: { sessionId: string }) {
  const [state, action, pending] = useActionState(messageAction, initial);
  const { values, errors } = state;
  const hasErrors = state.formErrors.length > 0 || Object.keys(errors).length > 0;
  const summary = hasErrors && (
    <ErrorSummary
      title={state.status === "preview" ? "Het bericht is niet verstuurd" : "Controleer het bericht"}
      order={MESSAGE_FIELDS}
      errors={errors}
      formErrors={state.formErrors}
      focusKey={state.attempt}
      targets={{ audience: "ontvangers-confirmed" }}
    />
  );

  if (state.status === "preview") {
    return (
      <form action={action} noValidate className={styles.form} key={state.attempt}>
        {summary}
        <input type="hidden" name="id" value={sessionId} />
        <input type="hidden" name="audience" value={values.audience} />
        <input type="hidden" name="subject" value={values.subject} />
        <input type="hidden" name="body" value={values.body} />
        <input type="hidden" name="token" value={state.token} />
        <h2 tabIndex={-1} autoFocus={!hasErrors}>
          Voorbeeld
        </h2>
        <p>
          Aan: <strong>{AUDIENCE_LABELS[values.audience as keyof typeof AUDIENCE_LABELS]}</strong>, nu {people(state.people)}.
        </p>
        <div className={styles.preview}>
          <p>
            <strong>Onderwerp: {values.subject}</strong>
          </p>
          <p>Hallo (naam),</p>
          <Prose text={values.body} />
        </div>
        <Field
          name="password"
          type="password"
          label="Je wachtwoord"
          hint="Voor de zekerheid: geef je wachtwoord opnieuw. Dan wordt het bericht verstuurd."
          autoComplete="current-password"
          errors={errors.password}
        />
        <div className={styles.actions}>
          <button type="submit" name="step" value="send" className={styles.button} disabled={pending}>
            Versturen aan {people(state.people)}
          </button>
          <button type="submit" name="step" value="edit" className={styles.secondaryButton} disabled={pending}>
            Terug naar het bericht
          </button>
        </div>
      </form>
    );
  }

  return (
    <form action={action} noValidate className={styles.form} key={state.attempt}>
      {summary}
      <input type="hidden" name="id" value={sessionId} />
      <fieldset className={styles.fieldset} aria-invalid={errors.audience ? true : undefined} aria-describedby={errors.audience ? errorId("audience") : undefined} data-field="audience">
        <legend className={styles.legend}>Wie krijgen het bericht?</legend>
        {errors.audience && (
          <p id={errorId("audience")} className={styles.fieldError} aria-live="polite">
            <span className="visually-hidden">Fout: </span>
            {errors.audience.join(" ")}
          </p>
        )}
        {Object.entries(AUDIENCE_LABELS).map(([value, label]) => (
          <label key={value} className={styles.checkboxLabel}>
            <input type="radio" id={`ontvangers-${value}`} name="audience" value={value} defaultChecked={values.audience === value} /> {label}
          </label>
        ))}
      </fieldset>
      <Field name="subject" label="Onderwerp" hint={`Maximaal ${MESSAGE_SUBJECT_MAX} tekens.`} defaultValue={values.subject} errors={errors.subject} maxLength={MESSAGE_SUBJECT_MAX} />
      <Field
        name="body"
        type="textarea"
        label="Tekst"
        hint={`Gewone tekst, zonder opmaak. Laat een regel wit tussen alinea’s. Maximaal ${MESSAGE_BODY_MAX} tekens. De mail begint met ‘Hallo’ en de naam.`}
        defaultValue={values.body}
        errors={errors.body}
      />
      <button type="submit" name="step" value="preview" className={styles.button} disabled={pending}>
        Voorbeeld bekijken
      </button>
    </form>
  );
}
