"use client";

import { useEffect, useRef } from "react";
import { fieldId } from "./text-field";
import styles from "./registration-form.module.css";

type Props = { errors: Partial<Record<string, string[]>>; formErrors: string[]; focusKey: number };

// The order in which the fields appear in the form, so the summary reads top to bottom.
const ORDER = ["name", "email", "organisation", "role", "sessions", "consent"];

/**
 * The list of what to fix, at the top of the form. It takes focus after every failed submit
 * (the autofocus attribute does it without JavaScript), and each entry jumps to its field.
 */
export function ErrorSummary({ errors, formErrors, focusKey }: Props) {
  const entries = ORDER.flatMap((field) => (errors[field] ?? []).map((message) => ({ field, message })));
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), [focusKey]);
  return (
    <div ref={summary} className={styles.summary} tabIndex={-1} autoFocus role="group" aria-labelledby="fouten-titel">
      <h3 id="fouten-titel" className={styles.summaryTitle}>
        Controleer het formulier
      </h3>
      <ul>
        {formErrors.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {entries.map(({ field, message }) => (
          <li key={`${field}-${message}`}>
            <a href={`#${field === "sessions" ? "sessie-keuze" : fieldId(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
