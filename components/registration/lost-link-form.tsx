"use client";

import { useActionState } from "react";
import { requestLinkAction, type LostLinkState } from "@/app/(site)/actions";
import { useFocus } from "../form/use-focus";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { SubmitButton } from "./submit-button";
import styles from "./registration-form.module.css";

const initial: LostLinkState = { status: "idle" };

export function LostLinkForm() {
  const [state, action] = useActionState(requestLinkAction, initial);
  const answer = useFocus<HTMLHeadingElement>(state.status);
  if (state.status === "sent") {
    return (
      <div className={styles.done} role="status">
        <h2 ref={answer} tabIndex={-1} autoFocus className={styles.doneTitle}>
          Kijk in je mail
        </h2>
        <p>
          Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een mail met een nieuwe link.
          Geen mail gekregen? Kijk ook in je map met ongewenste mail, of controleer of je het adres goed hebt
          getypt.
        </p>
      </div>
    );
  }
  const invalid = state.status === "invalid" ? state : null;
  return (
    <form action={action} noValidate className={styles.form} key={invalid?.attempt ?? 0}>
      {invalid && (
        <ErrorSummary
          title="Dat lukte niet"
          order={["email"]}
          errors={invalid.errors}
          formErrors={invalid.formErrors}
          focusKey={invalid.attempt}
        />
      )}
      <Field
        name="email"
        label="E-mailadres"
        type="email"
        hint="Het adres waarmee je je hebt aangemeld."
        errors={invalid?.errors.email}
        defaultValue={invalid?.email ?? ""}
        autoComplete="email"
      />
      <SubmitButton idle="Stuur mij een nieuwe link" pending="Bezig met versturen…" />
    </form>
  );
}
