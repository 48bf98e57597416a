import styles from "./form.module.css";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url" | "date" | "datetime-local" | "textarea";
  /** Sets this form's ids apart when a page holds several forms with the same fields. */
  scope?: string;
  /** A textarea's height in lines, for a short list. */
  rows?: number;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric";
};

const scoped = (name: string, scope?: string) => (scope ? `${scope}-${name}` : name);
export const fieldId = (name: string, scope?: string) => `veld-${scoped(name, scope)}`;
export const errorId = (name: string, scope?: string) => `fout-${scoped(name, scope)}`;

/**
 * A labelled field with its hint and its error, tied together for screen readers. Every form has
 * noValidate: the messages are our own Dutch ones, never the browser's bubbles.
 */
export function Field({ name, label, hint, errors, defaultValue, type = "text", autoComplete, required = true, maxLength, inputMode, scope, rows = 10 }: Props) {
  const hintId = `hint-${scoped(name, scope)}`;
  const props = {
    id: fieldId(name, scope),
    name,
    defaultValue,
    autoComplete,
    required,
    maxLength,
    "aria-invalid": errors ? true : undefined,
    "aria-describedby": [hint && hintId, errors && errorId(name, scope)].filter(Boolean).join(" ") || undefined,
    className: styles.input,
  };
  return (
    <div className={errors ? `${styles.field} ${styles.fieldInvalid}` : styles.field} data-field={name}>
      <label htmlFor={fieldId(name, scope)} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {errors && (
        <p id={errorId(name, scope)} className={styles.error} aria-live="polite">
          <span className="visually-hidden">Fout: </span>
          {errors.join(" ")}
        </p>
      )}
      {type === "textarea" ? (
        <textarea {...props} rows={rows} />
      ) : (
        <input {...props} type={type} inputMode={inputMode} spellCheck={["email", "url", "password"].includes(type) ? false : undefined} />
      )}
    </div>
  );
}
