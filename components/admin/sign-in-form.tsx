"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/admin/actions";
import styles from "@/app/admin/admin.module.css";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";

const initial: SignInState = { email: "", attempt: 0 };

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, initial);
  const errors = { email: state.errors?.email ? [state.errors.email] : undefined, password: state.errors?.password ? [state.errors.password] : undefined };
  const failed = state.error || state.errors;
  return (
    <form action={action} noValidate className={styles.form} key={state.attempt}>
      {failed && (
        <ErrorSummary
          title="Inloggen is niet gelukt"
          order={["email", "password"]}
          errors={errors}
          formErrors={state.error ? [state.error] : []}
          focusKey={state.attempt}
        />
      )}
      <Field name="email" label="E-mailadres" type="email" autoComplete="username" defaultValue={state.email} errors={errors.email} />
      <Field name="password" label="Wachtwoord" type="password" autoComplete="current-password" errors={errors.password} />
      <button type="submit" className={styles.button} disabled={pending}>
        Inloggen
      </button>
    </form>
  );
}
