"use client";

import { useActionState } from "react";
import { forgotPasswordAction, type ForgotState } from "@/app/admin/wachtwoord-vergeten/actions";
import styles from "@/app/admin/admin.module.css";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { useFocus } from "../form/use-focus";

const initial: ForgotState = { status: "idle", email: "", attempt: 0 };

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(forgotPasswordAction, initial);
  const notice = useFocus<HTMLParagraphElement>(state.attempt);
  const errors = state.status === "invalid" ? { email: [state.error] } : {};
  return (
    <form action={action} noValidate className={styles.form} key={state.attempt}>
      {state.status === "sent" && (
        <p ref={notice} className={styles.notice} role="status" tabIndex={-1} autoFocus>
          Is {state.email} het adres van een organisator? Dan krijg je binnen een paar minuten een mail met een link om een
          nieuw wachtwoord te kiezen. De link werkt 1 uur. Geen mail? Kijk ook in je map met ongewenste mail.
        </p>
      )}
      {state.status === "invalid" && (
        <ErrorSummary title="Er is geen link verstuurd" order={["email"]} errors={errors} formErrors={[]} focusKey={state.attempt} />
      )}
      <Field name="email" label="E-mailadres" type="email" autoComplete="username" defaultValue={state.email} errors={errors.email} />
      <button type="submit" className={styles.button} disabled={pending}>
        Stuur me een link
      </button>
    </form>
  );
}
