"use client";

import { useActionState } from "react";
import { saveFollowUpAction } from "@/app/admin/(beheer)/sessies/[id]/follow-up-actions";
import styles from "@/app/admin/admin.module.css";
import { FOLLOW_UP_FIELDS, FOLLOW_UP_TEXT_MAX, type FollowUpFormState, type FollowUpValues } from "@/lib/admin/follow-up-fields";
import { ErrorSummary } from "../form/error-summary";
import { Field } from "../form/field";
import { useFocus } from "../form/use-focus";

const initial: FollowUpFormState = { status: "idle" };
const LINK_HINT = "Een webadres dat begint met https://. Leeg laten kan.";

/** The follow-up of one session: on or off, a thank-you text and three links. Works without JavaScript. */
export function FollowUpEditor({ sessionId, stored }: { sessionId: string; stored: FollowUpValues }) {
  const [state, action, pending] = useActionState(saveFollowUpAction, initial);
  const values = state.status === "idle" ? stored : state.values;
  const invalid = state.status === "invalid" ? state : null;
  const attempt = state.status === "idle" ? 0 : state.attempt;
  const saved = useFocus<HTMLDivElement>(state.status === "saved" ? attempt : null);
  return (
    <form action={action} noValidate className={styles.form} key={attempt}>
      {invalid && (
        <ErrorSummary
          title="De follow-up is niet opgeslagen. Controleer het formulier"
          order={FOLLOW_UP_FIELDS}
          errors={invalid.errors}
          formErrors={invalid.formErrors}
          focusKey={attempt}
          heading="h3"
        />
      )}
      {state.status === "saved" && (
        <div ref={saved} tabIndex={-1} autoFocus className={styles.notice} role="status">
          De follow-up is opgeslagen. Mails die nog niet verstuurd zijn, gebruiken de nieuwe tekst.
        </div>
      )}
      <input type="hidden" name="id" value={sessionId} />
      <div className={styles.field}>
        <label className={styles.checkboxLabel}>
          <input type="checkbox" name="enabled" defaultChecked={values.enabled} /> Na de sessie een bedankmail sturen (aan wie er was)
          en een ‘we hebben je gemist’-mail (aan wie er niet was)
        </label>
      </div>
      <Field
        name="text"
        type="textarea"
        label="Tekst in de mail (niet verplicht)"
        hint={`Gewone tekst, zonder opmaak. Laat een regel wit tussen alinea’s. Maximaal ${FOLLOW_UP_TEXT_MAX} tekens. Leeg: alleen de standaardtekst.`}
        required={false}
        defaultValue={values.text}
        errors={invalid?.errors.text}
      />
      <Field name="slidesUrl" type="url" label="Link naar de dia’s (niet verplicht)" hint={LINK_HINT} required={false} defaultValue={values.slidesUrl} errors={invalid?.errors.slidesUrl} />
      <Field name="recordingUrl" type="url" label="Link naar de opname (niet verplicht)" hint={LINK_HINT} required={false} defaultValue={values.recordingUrl} errors={invalid?.errors.recordingUrl} />
      <Field name="readingUrl" type="url" label="Link om verder te lezen (niet verplicht)" hint={LINK_HINT} required={false} defaultValue={values.readingUrl} errors={invalid?.errors.readingUrl} />
      <button type="submit" className={styles.button} disabled={pending}>
        Follow-up opslaan
      </button>
    </form>
  );
}
