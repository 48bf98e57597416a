"use client";

import { useActionState, type ReactNode } from "react";
import styles from "@/app/admin/admin.module.css";
import type { EditorState } from "@/lib/admin/project-fields";
import { ErrorSummary } from "../form/error-summary";
import { useFocus } from "../form/use-focus";

type Props<F extends string> = {
  action: (previous: EditorState<F>, formData: FormData) => Promise<EditorState<F>>;
  stored: Record<F, string>;
  order: readonly F[];
  /** Sets this form's ids apart from the other forms on the page. */
  scope: string;
  /** What the form is about, for its accessible name and its summaries. */
  label: string;
  hidden?: Record<string, string>;
  preview?: boolean;
  submit?: string;
  /** The level of the summary's and the preview's headings: one below the heading above the form. */
  heading?: "h3" | "h4";
  children: (values: Record<F, string>, errors: Partial<Record<F, string[]>> | undefined) => ReactNode;
};

const idle = { status: "idle" } as const;

/**
 * One of the project page's forms: a plain post to its server action, so it works without
 * JavaScript, answered with field errors (the typed text kept), a preview or "Opgeslagen".
 */
export function EditorForm<F extends string>({ action, stored, order, scope, label, hidden = {}, preview = false, submit = "Opslaan", heading: Heading = "h4", children }: Props<F>) {
  const [state, formAction, pending] = useActionState(action, idle as EditorState<F>);
  const values = state.status === "idle" ? stored : state.values;
  const invalid = state.status === "invalid" ? state : null;
  const attempt = state.status === "idle" ? 0 : state.attempt;
  const shown = useFocus<HTMLDivElement>(state.status === "saved" || state.status === "preview" ? attempt : null);

  return (
    <form action={formAction} noValidate className={styles.form} key={attempt} aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {invalid && (
        <ErrorSummary title="Er is niets opgeslagen. Controleer het formulier" heading={Heading} scope={scope} order={order} errors={invalid.errors} formErrors={invalid.formErrors} focusKey={attempt} />
      )}
      {state.status === "saved" && (
        <div ref={shown} tabIndex={-1} autoFocus className={styles.notice} role="status">
          {state.changed === 0 ? "Opgeslagen. Er was niets gewijzigd." : "Opgeslagen. De website toont de wijziging meteen."}
        </div>
      )}
      {state.status === "preview" && (
        <div ref={shown} tabIndex={-1} autoFocus className={styles.preview} role="region" aria-label={`Voorbeeld: ${label}`}>
          <p>
            <strong>Voorbeeld: zo ziet het eruit (nog niet opgeslagen)</strong>
          </p>
          {state.preview.map(({ label: heading, html }) => (
            <section key={heading} aria-label={heading}>
              <Heading>{heading}</Heading>
              <div dangerouslySetInnerHTML={{ __html: html }} />
            </section>
          ))}
        </div>
      )}
      {children(values, invalid?.errors)}
      <div className={styles.actions}>
        {preview && (
          <button type="submit" name="intent" value="preview" className={styles.secondaryButton} disabled={pending}>
            Voorbeeld bekijken
          </button>
        )}
        <button type="submit" name="intent" value="save" className={styles.button} disabled={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}
