"use client";

import type { MouseEvent } from "react";
import { fieldId } from "./field";
import { useFocus } from "./use-focus";
import styles from "./form.module.css";

type Props = {
  title: string;
  /** The fields in the order they appear in the form, so the summary reads top to bottom. */
  order: readonly string[];
  errors: Partial<Record<string, string[]>>;
  formErrors: string[];
  /** Changes with every failed submit, so focus returns here each time. */
  focusKey: number;
  /** Where an error of this field leads, when not to its input (a group of checkboxes). */
  targets?: Partial<Record<string, string>>;
  /** The summary's heading, one level below the form's own. */
  heading?: "h2" | "h3" | "h4";
  /** The form's scope, when the page holds several forms (see Field). */
  scope?: string;
};

// The label and the message sit above the input: show them too, not only the input.
function showField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  (target.closest("[data-field]") ?? target).scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  history.replaceState(null, "", `#${id}`);
}

/**
 * What to fix, at the top of the form. It takes focus after every failed submit (the autofocus
 * attribute does it without JavaScript), so it is read out; each entry leads to its field.
 */
export function ErrorSummary({ title, order, errors, formErrors, focusKey, targets = {}, heading: Heading = "h2", scope }: Props) {
  const titleId = scope ? `fouten-titel-${scope}` : "fouten-titel";
  const entries = order.flatMap((field) => (errors[field] ?? []).map((message) => ({ field, message })));
  const summary = useFocus<HTMLDivElement>(focusKey);
  return (
    <div ref={summary} className={styles.summary} tabIndex={-1} autoFocus role="group" aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.summaryTitle}>
        {title}
      </Heading>
      <ul>
        {formErrors.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {entries.map(({ field, message }) => {
          const id = targets[field] ?? fieldId(field, scope);
          return (
            <li key={`${field}-${message}`}>
              <a href={`#${id}`} onClick={(event) => showField(event, id)}>
                {message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
