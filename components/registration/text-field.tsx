import styles from "./registration-form.module.css";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue: string;
  type?: "text" | "email";
  autoComplete: string;
  required?: boolean;
  maxLength?: number;
};

export const fieldId = (name: string) => `veld-${name}`;
export const errorId = (name: string) => `fout-${name}`;

/** A labelled input with its hint and its error, tied together for screen readers. */
export function TextField({ name, label, hint, errors, defaultValue, type = "text", autoComplete, required = true, maxLength }: Props) {
  const hintId = `hint-${name}`;
  const describedBy = [hint && hintId, errors && errorId(name)].filter(Boolean).join(" ") || undefined;
  return (
    <div className={errors ? `${styles.field} ${styles.fieldInvalid}` : styles.field}>
      <label htmlFor={fieldId(name)} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {errors && (
        <p id={errorId(name)} className={styles.error} aria-live="polite">
          <span className="visually-hidden">Fout: </span>
          {errors.join(" ")}
        </p>
      )}
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        className={styles.input}
        spellCheck={type === "email" ? false : undefined}
      />
    </div>
  );
}
