"use client";

import { useActionState } from "react";
import Link from "next/link";
import { correctDetailsAction, type DetailsState, type DetailsValues } from "@/app/(site)/mijn-aanmelding/actions";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { useFocus } from "../form/use-focus";
import { SubmitButton } from "../registration/submit-button";
import styles from "../registration/registration-form.module.css";

const initial: DetailsState = { status: "idle" };

/** Name, organisation and role, as the person corrects them; what they typed stays after an error. */
export function DetailsForm({ link, back, stored }: { link: string; back: string; stored: DetailsValues }) {
  const [state, action] = useActionState(correctDetailsAction, initial);
  const saved = useFocus<HTMLParagraphElement>(state.status === "saved" ? state.attempt : null);
  const invalid = state.status === "invalid" ? state : null;
  const values = state.status === "idle" ? stored : state.values;
  return (
    <form action={action} noValidate className={styles.form} key={state.status === "idle" ? 0 : state.attempt}>
      {state.status === "saved" && (
        <p ref={saved} tabIndex={-1} autoFocus className={styles.done} role="status">
          Je gegevens zijn opgeslagen. De mails die we je vanaf nu sturen, gebruiken je nieuwe gegevens.{" "}
          <Link href={back}>Terug naar mijn aanmelding</Link>
        </p>
      )}
      {invalid && (
        <ErrorSummary
          title="Je gegevens zijn niet opgeslagen"
          order={["name", "organisation", "role"]}
          errors={invalid.errors}
          formErrors={invalid.formErrors}
          focusKey={invalid.attempt}
        />
      )}
      <input type="hidden" name="link" value={link} />
      <Field name="name" label="Naam" errors={invalid?.errors.name} defaultValue={values.name} autoComplete="name" />
      <Field
        name="organisation"
        label="Organisatie"
        errors={invalid?.errors.organisation}
        defaultValue={values.organisation}
        autoComplete="organization"
       
      />
      <Field
        name="role"
        label="Functie (niet verplicht)"
        required={false}
        errors={invalid?.errors.role}
        defaultValue={values.role}
        autoComplete="organization-title"
       
      />
      <SubmitButton idle="Gegevens opslaan" pending="Bezig met opslaan…" />
    </form>
  );
}
