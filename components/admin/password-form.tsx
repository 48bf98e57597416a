"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "@/app/admin/wachtwoord/actions";
import styles from "@/app/admin/admin.module.css";
import { useFocus } from "../form/use-focus";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { NEW_PASSWORD_FIELDS } from "./new-password-fields";

const initial: PasswordState = { status: "idle", attempt: 0 };

const FIELDS = [{ name: "current", label: "Huidig wachtwoord", autoComplete: "current-password" }, ...NEW_PASSWORD_FIELDS] as const;

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  const notice = useFocus<HTMLParagraphElement>(state.attempt);
  const errors = state.status === "invalid" ? { [state.field]: [state.message] } : {};
  return (
    <form action={action} noValidate className={styles.form} key={state.attempt}>
      {state.status === "changed" && (
        <p ref={notice} className={styles.notice} role="status" tabIndex={-1} autoFocus>
          Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.
        </p>
      )}
      {state.status === "invalid" && (
        <ErrorSummary title="Je wachtwoord is niet gewijzigd" order={FIELDS.map((f) => f.name)} errors={errors} formErrors={[]} focusKey={state.attempt} />
      )}
      {FIELDS.map(({ name, ...field }) => (
        <Field key={name} name={name} type="password" {...field} errors={errors[name]} />
      ))}
      <button type="submit" className={styles.button} disabled={pending}>
        Wachtwoord wijzigen
      </button>
    </form>
  );
}
