"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordState } from "@/app/admin/(beheer)/organisatoren/actions";
import styles from "@/app/admin/admin.module.css";

const initial: PasswordState = { status: "idle" };

const FIELDS = [
  { name: "current", label: "Huidig wachtwoord", autoComplete: "current-password" },
  { name: "next", label: "Nieuw wachtwoord", autoComplete: "new-password", hint: "Minstens 12 tekens, geen veelgebruikt wachtwoord. Een zin van een paar woorden werkt goed." },
  { name: "repeat", label: "Nieuw wachtwoord nog een keer", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initial);
  const error = state.status === "invalid" ? state : null;
  return (
    <form action={action} className={styles.form}>
      {state.status === "changed" && (
        <p className={styles.notice} role="status">
          Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.
        </p>
      )}
      {FIELDS.map((field) => {
        const invalid = error?.field === field.name;
        const describedBy = [("hint" in field) && `hint-${field.name}`, invalid && `fout-${field.name}`].filter(Boolean).join(" ");
        return (
          <div key={field.name} className={styles.field}>
            <label htmlFor={`wachtwoord-${field.name}`}>{field.label}</label>
            {"hint" in field && (
              <p id={`hint-${field.name}`} className={styles.hint}>
                {field.hint}
              </p>
            )}
            {invalid && (
              <p id={`fout-${field.name}`} className={styles.fieldError} aria-live="polite">
                {error.message}
              </p>
            )}
            <input
              id={`wachtwoord-${field.name}`}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              required
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy || undefined}
            />
          </div>
        );
      })}
      <button type="submit" className={styles.button} disabled={pending}>
        Wachtwoord wijzigen
      </button>
    </form>
  );
}
