"use client";

import { useFormStatus } from "react-dom";
import styles from "@/app/admin/admin.module.css";

/** Disabled while the form is being sent, so a double click does it once. */
export function ConfirmButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={styles.button} disabled={pending}>
      {pending ? "Bezig…" : label}
    </button>
  );
}
