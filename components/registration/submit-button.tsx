"use client";

import { useFormStatus } from "react-dom";
import styles from "./registration-form.module.css";

/** Disabled while the form is being sent, so a double click sends once. */
export function SubmitButton({ idle = "Aanmelden", pending = "Bezig met aanmelden…" }: { idle?: string; pending?: string }) {
  const status = useFormStatus();
  return (
    <button type="submit" className={styles.button} disabled={status.pending}>
      {status.pending ? pending : idle}
    </button>
  );
}
