"use client";

import { useActionState } from "react";
import { saveTextsAction } from "@/app/admin/(beheer)/teksten/actions";
import styles from "@/app/admin/admin.module.css";
import { TEXT_FIELDS, TEXT_LABELS, type TextsField, type TextsFormState, type TextsValues } from "@/lib/admin/texts-fields";
import { MARKDOWN_HINT, MARKDOWN_LINES_HINT } from "@/lib/text/markdown-hint";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { useFocus } from "../form/use-focus";

const initial: TextsFormState = { status: "idle" };
const DUTCH_TIME = "Nederlandse tijd, zoals die op de klok staat. Leeg: geen grens.";

type Spec = { name: Exclude<TextsField, "free">; type?: "text" | "email" | "datetime-local" | "textarea"; hint?: string; required?: boolean };

const GROUPS: { legend: string; fields: Spec[] }[] = [
  {
    legend: "De serie",
    fields: [
      { name: "title", required: true },
      { name: "intro", type: "textarea", hint: MARKDOWN_HINT, required: true },
      { name: "expectations", type: "textarea", hint: MARKDOWN_HINT, required: true },
      { name: "howItWorks", type: "textarea", hint: MARKDOWN_HINT, required: true },
      { name: "joinTips", type: "textarea", hint: MARKDOWN_LINES_HINT, required: true },
      { name: "partnership", type: "textarea", hint: MARKDOWN_HINT, required: true },
    ],
  },
  {
    legend: "Aanmelden",
    fields: [
      { name: "registrationOpensAt", type: "datetime-local", hint: DUTCH_TIME },
      { name: "registrationClosesAt", type: "datetime-local", hint: `${DUTCH_TIME} Zonder einde kan aanmelden tot een sessie begint.` },
    ],
  },
  {
    legend: "Contact en privacy",
    fields: [
      { name: "contactEmail", type: "email" },
      { name: "privacyContact", type: "email", hint: "Leeg: het contactadres." },
      { name: "privacyController", type: "textarea", hint: MARKDOWN_HINT, required: true },
      { name: "privacyAudience", type: "textarea", hint: MARKDOWN_HINT, required: true },
    ],
  },
];

/**
 * The series' texts and the site's details in one form: a plain post to the server action, so it
 * works without JavaScript. "Voorbeeld bekijken" shows the texts as the site will, without saving.
 */
export function TextsEditor({ initial: stored, defaultContact }: { initial: TextsValues; defaultContact: string }) {
  const [state, action, pending] = useActionState(saveTextsAction, initial);
  const values = state.status === "idle" ? stored : state.values;
  const invalid = state.status === "invalid" ? state : null;
  const attempt = state.status === "idle" ? 0 : state.attempt;
  const shown = useFocus<HTMLDivElement>(state.status === "saved" || state.status === "preview" ? attempt : null);
  const hintOf = (spec: Spec) => (spec.name === "contactEmail" ? `Op de website en als antwoordadres in elke mail. Leeg: ${defaultContact}.` : spec.hint);

  return (
    <form action={action} noValidate className={styles.form} key={attempt}>
      {invalid && (
        <ErrorSummary title="Er is niets opgeslagen. Controleer het formulier" order={TEXT_FIELDS} errors={invalid.errors} formErrors={invalid.formErrors} focusKey={attempt} />
      )}
      {state.status === "saved" && (
        <div ref={shown} tabIndex={-1} autoFocus className={styles.notice} role="status">
          {state.changed === 0 ? "Opgeslagen. Er was niets gewijzigd." : "Opgeslagen. De website toont de wijziging meteen."}
        </div>
      )}
      {state.status === "preview" && (
        <div ref={shown} tabIndex={-1} autoFocus className={styles.preview} aria-labelledby="voorbeeld-titel">
          <h2 id="voorbeeld-titel">Voorbeeld: zo ziet het eruit (nog niet opgeslagen)</h2>
          {state.preview.map(({ field, html }) => (
            <section key={field} aria-label={TEXT_LABELS[field]}>
              <h3>{TEXT_LABELS[field]}</h3>
              <div dangerouslySetInnerHTML={{ __html: html }} />
            </section>
          ))}
        </div>
      )}
      {GROUPS.map(({ legend, fields }, index) => (
        <fieldset key={legend} className={styles.fieldset}>
          <legend className={styles.legend}>{legend}</legend>
          {index === 1 && (
            <div className={styles.field}>
              <label className={styles.checkboxLabel}>
                <input type="checkbox" name="free" value="on" defaultChecked={values.free === "on"} /> {TEXT_LABELS.free}: de
                website zegt ‘Aanmelden is gratis’
              </label>
            </div>
          )}
          {fields.map((spec) => (
            <Field
              key={spec.name}
              name={spec.name}
              label={TEXT_LABELS[spec.name]}
              type={spec.type}
              hint={hintOf(spec)}
              required={spec.required ?? false}
              defaultValue={values[spec.name]}
              errors={invalid?.errors[spec.name]}
            />
          ))}
        </fieldset>
      ))}
      <div className={styles.actions}>
        <button type="submit" name="intent" value="preview" className={styles.secondaryButton} disabled={pending}>
          Voorbeeld bekijken
        </button>
        <button type="submit" name="intent" value="save" className={styles.button} disabled={pending}>
          Opslaan
        </button>
      </div>
    </form>
  );
}
