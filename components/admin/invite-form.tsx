"use client";

import { useActionState } from "react";
import { inviteOrganiserAction, type InviteState } from "@/app/admin/(beheer)/organisatoren/actions";
import styles from "@/app/admin/admin.module.css";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { useFocus } from "../form/use-focus";

const initial: InviteState = { status: "idle", email: "", attempt: 0 };

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteOrganiserAction, initial);
  const notice = useFocus<HTMLParagraphElement>(state.attempt);
  const errors = state.status === "invalid" && state.message ? { email: [state.message] } : {};
  return (
    <form action={action} noValidate className={styles.form} key={state.attempt}>
      {state.status === "sent" && (
        <p ref={notice} className={styles.notice} role="status" tabIndex={-1} autoFocus>
          {state.email} krijgt een mail met een link om een wachtwoord te kiezen. De link werkt 48 uur.
        </p>
      )}
      {state.status === "invalid" && (
        <ErrorSummary title="De uitnodiging is niet verstuurd" order={["email"]} errors={errors} formErrors={[]} focusKey={state.attempt} heading="h3" />
      )}
      <Field
        name="email"
        label="E-mailadres van je collega"
        type="email"
        autoComplete="off"
        defaultValue={state.status === "sent" ? "" : state.email}
        errors={errors.email}
      />
      <button type="submit" className={styles.button} disabled={pending}>
        Uitnodiging versturen
      </button>
    </form>
  );
}
