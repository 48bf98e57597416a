"use client";

import { useActionState } from "react";
import { evaluateAction, type EvaluationState } from "@/app/(site)/deelnemen/actions";
import { EVALUATION_FIELDS, EVALUATION_TEXT_MAX, SCORES } from "@/lib/evaluation/fields";
import { ErrorSummary } from "../form/error-summary";
import { errorId, Field } from "../form/field";
import form from "../form/form.module.css";
import { useFocus } from "../form/use-focus";
import { SubmitButton } from "../registration/submit-button";
import styles from "../registration/registration-form.module.css";
import { EvaluationRefused } from "./evaluation-refused";
import type { EvaluationRefusal } from "@/lib/evaluation/answer";

const initial: EvaluationState = { status: "idle" };
const OPEN_QUESTIONS = [
  { name: "takeaway", label: "2. Wat neem je mee uit de sessie? (niet verplicht)" },
  { name: "improvement", label: "3. Wat kan beter? (niet verplicht)" },
] as const;
const SCORE_WORDS = ["niet waardevol", "weinig waardevol", "redelijk waardevol", "waardevol", "heel waardevol"];

function Choice({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <div className={styles.checkbox}>
      <input type="radio" id={`${name}-${value}`} name={name} value={value} defaultChecked={checked} />
      <label htmlFor={`${name}-${value}`}>{label}</label>
    </div>
  );
}

/** The four questions. Works without JavaScript; what was typed stays after an error. */
export function EvaluationForm({ link, back, refusal }: { link: string; back: string; refusal: EvaluationRefusal | null }) {
  const [state, action] = useActionState(evaluateAction, initial);
  const done = useFocus<HTMLParagraphElement>(state.status === "done" ? 1 : null);
  if (state.status === "done") {
    return (
      <p ref={done} tabIndex={-1} autoFocus role="status">
        Bedankt voor je antwoorden! Ze zijn anoniem opgeslagen. <a href={back}>Terug naar je pagina van deze sessie</a>
      </p>
    );
  }
  if (state.status === "refused") return <EvaluationRefused reason={state.reason} back={back} />;
  // Checked when the page was rendered; after an answer without JavaScript, the page is rendered
  // again, and the answer's own state above comes first.
  if (state.status === "idle" && refusal) return <EvaluationRefused reason={refusal} back={back} />;
  const invalid = state.status === "invalid" ? state : null;
  const values = invalid?.values ?? { score: "", takeaway: "", improvement: "", mayQuote: "nee" };
  const scoreErrors = invalid?.errors.score;
  return (
    <>
      <p>
        Vier vragen. Alleen de eerste is verplicht. Je antwoorden zijn anoniem: we bewaren ze los van je aanmelding, en niemand kan zien wie
        wat heeft geantwoord.
      </p>
      <form action={action} noValidate className={styles.form} key={invalid?.attempt ?? 0}>
        {invalid && (
          <ErrorSummary
            title="Je antwoorden zijn nog niet verstuurd"
            order={EVALUATION_FIELDS}
            errors={invalid.errors}
            formErrors={invalid.formErrors}
            focusKey={invalid.attempt}
            targets={{ score: "score-1", mayQuote: "mayQuote-nee" }}
          />
        )}
        <input type="hidden" name="link" value={link} />
        <fieldset
          className={scoreErrors ? `${styles.fieldset} ${form.fieldInvalid}` : styles.fieldset}
          aria-invalid={scoreErrors ? true : undefined}
          aria-describedby={scoreErrors ? errorId("score") : undefined}
          data-field="score"
        >
          <legend className={styles.legend}>1. Hoe waardevol was de sessie voor je?</legend>
          <p className={form.hint}>Kies een cijfer van 1 (niet waardevol) tot en met 5 (heel waardevol).</p>
          {scoreErrors && (
            <p id={errorId("score")} className={form.error} aria-live="polite">
              <span className="visually-hidden">Fout: </span>
              {scoreErrors.join(" ")}
            </p>
          )}
          {SCORES.map((score, index) => (
            <Choice key={score} name="score" value={score} label={`${score}: ${SCORE_WORDS[index]}`} checked={values.score === score} />
          ))}
        </fieldset>
        {OPEN_QUESTIONS.map(({ name, label }) => (
          <Field
            key={name}
            name={name}
            type="textarea"
            label={label}
            hint={`Maximaal ${EVALUATION_TEXT_MAX} tekens.`}
            required={false}
            errors={invalid?.errors[name]}
            defaultValue={values[name]}
          />
        ))}
        <fieldset className={styles.fieldset} data-field="mayQuote">
          <legend className={styles.legend}>4. Mogen de organisatoren je antwoorden anoniem citeren?</legend>
          <p className={form.hint}>Bijvoorbeeld in een verslag. We noemen nooit je naam.</p>
          <Choice name="mayQuote" value="nee" label="Nee" checked={values.mayQuote !== "ja"} />
          <Choice name="mayQuote" value="ja" label="Ja" checked={values.mayQuote === "ja"} />
        </fieldset>
        <SubmitButton idle="Antwoorden versturen" pending="Bezig met versturen…" />
      </form>
    </>
  );
}
