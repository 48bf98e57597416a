import { errorId } from "../form/field";
import form from "../form/form.module.css";
import styles from "./registration-form.module.css";

export type SessionChoice = { id: string; day: string; title: string; full: boolean };

type Props = { sessions: SessionChoice[]; checked: string[]; errors?: string[] };

/** One checkbox per open session; its name holds the day as the programme writes it, and the title. */
export function SessionChoices({ sessions, checked, errors }: Props) {
  return (
    <fieldset
      id="sessie-keuze"
      tabIndex={-1}
      className={errors ? `${styles.fieldset} ${form.fieldInvalid}` : styles.fieldset}
      aria-invalid={errors ? true : undefined}
      aria-describedby={errors ? errorId("sessions") : undefined}
    >
      <legend className={styles.legend}>Voor welke sessie(s) meld je je aan?</legend>
      <p className={form.hint}>Je kunt meer sessies kiezen.</p>
      {errors && (
        <p id={errorId("sessions")} className={form.error} aria-live="polite">
          <span className="visually-hidden">Fout: </span>
          {errors.join(" ")}
        </p>
      )}
      {sessions.map((session) => (
        <div key={session.id} className={styles.checkbox}>
          <input
            type="checkbox"
            id={`sessie-${session.id}`}
            name="sessions"
            value={session.id}
            defaultChecked={checked.includes(session.id)}
          />
          <label htmlFor={`sessie-${session.id}`}>
            <strong>{session.day}</strong>: {session.title}
            {session.full && <span className={styles.full}> (vol: je komt op de wachtlijst)</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
