"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/admin/actions";
import styles from "@/app/admin/admin.module.css";

const initial: SignInState = { email: "" };

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className={styles.form}>
      {state.error && (
        <p className={styles.errorBox} role="alert">
          {state.error}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="email">E-mailadres</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </div>
      <div className={styles.field}>
        <label htmlFor="password">Wachtwoord</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className={styles.button} disabled={pending}>
        Inloggen
      </button>
    </form>
  );
}
