"use client";

import { useActionState } from "react";
import { registerAction } from "@/app/(site)/actions";
import { initialRegistrationState, type SubmittedValues } from "@/lib/registration/form-state";
import { ErrorSummary } from "../form/error-summary";
import { errorId, Field, fieldId } from "../form/field";
import form from "../form/form.module.css";
import { RegistrationDone } from "./registration-done";
import { SessionChoices, type SessionChoice } from "./session-choices";
import { SubmitButton } from "./submit-button";
import styles from "./registration-form.module.css";

const ORDER = ["name", "email", "organisation", "role", "sessions", "consent"] as const;

const NAME_HINT = "Andere deelnemers zien je naam in Teams. Gebruik daar dezelfde naam.";

type Props = { sessions: SessionChoice[]; preselected?: string };

/**
 * The registration form. A plain form post to a server action, so it works without JavaScript;
 * with JavaScript the page stays put and only the form changes.
 */
export function RegistrationForm({ sessions, preselected }: Props) {
  const [state, action] = useActionState(registerAction, initialRegistrationState);
  if (state.status === "done") return <RegistrationDone sessions={state.sessions} />;

  const invalid = state.status === "invalid" ? state : null;
  const errors = invalid?.errors ?? {};
  const values: SubmittedValues = invalid?.values ?? {
    name: "",
    email: "",
    organisation: "",
    role: "",
    sessions: preselected ? [preselected] : [],
    consent: false,
  };

  return (
    <form action={action} noValidate className={styles.form} key={invalid?.attempt ?? 0}>
      {invalid && (
        <ErrorSummary
          title="Controleer het formulier"
          heading="h3"
          order={ORDER}
          errors={errors}
          formErrors={invalid.formErrors}
          focusKey={invalid.attempt}
          targets={{ sessions: "sessie-keuze" }}
        />
      )}
      <Field name="name" label="Naam" hint={NAME_HINT} errors={errors.name} defaultValue={values.name} autoComplete="name" />
      <Field name="email" label="E-mailadres" type="email" errors={errors.email} defaultValue={values.email} autoComplete="email" />
      <Field name="organisation" label="Organisatie" errors={errors.organisation} defaultValue={values.organisation} autoComplete="organization" />
      <Field
        name="role"
        label="Functie (niet verplicht)"
        errors={errors.role}
        defaultValue={values.role}
        autoComplete="organization-title"
        required={false}
      />
      <SessionChoices sessions={sessions} checked={values.sessions} errors={errors.sessions} />

      <div className={errors.consent ? `${form.field} ${form.fieldInvalid}` : form.field} data-field="consent">
        {errors.consent && (
          <p id={errorId("consent")} className={form.error} aria-live="polite">
            <span className="visually-hidden">Fout: </span>
            {errors.consent.join(" ")}
          </p>
        )}
        <div className={styles.checkbox}>
          <input
            type="checkbox"
            id={fieldId("consent")}
            name="consent"
            defaultChecked={values.consent}
            required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? errorId("consent") : undefined}
          />
          <label htmlFor={fieldId("consent")}>
            {/* A plain link: after Back, the browser restores what was typed (a client-side navigation would not). */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            Ik ga akkoord met de <a href="/privacy">privacyverklaring</a>
          </label>
        </div>
      </div>

      {/* Hidden from people and from assistive technology; only robots fill it in. */}
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor="veld-website">Laat dit veld leeg</label>
        <input id="veld-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <SubmitButton />
    </form>
  );
}
