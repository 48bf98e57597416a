import styles from "./form.module.css";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  type?: "text" | "email" | "password" | "url" | "datetime-local" | "textarea";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "numeric";
};

export const fieldId = (name: string) => `veld-${name}`;
export const errorId = (name: string) => `fout-${name}`;

/**
 * A labelled field with its hint and its error, tied together for screen readers. Every form has
 * noValidate: the messages are our own Dutch ones, never the browser's bubbles.
 */
export function Field({ name, label, hint, errors, defaultValue, type = "text", autoComplete, required = true, maxLength, inputMode }: Props) {
  const hintId = `hint-${name}`;
  const props = {
    id: fieldId(name),
    name,
    defaultValue,
    autoComplete,
    required,
    maxLength,
    "aria-invalid": errors ? true : undefined,
    "aria-describedby": [hint && hintId, errors && errorId(name)].filter(Boolean).join(" ") || undefined,
    className: styles.input,
  };
  return (
    <div className={errors ? `${styles.field} ${styles.fieldInvalid}` : styles.field} data-field={name}>
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
      {type === "textarea" ? (
        <textarea {...props} rows={10} />
      ) : (
        <input {...props} type={type} inputMode={inputMode} spellCheck={["email", "url", "password"].includes(type) ? false : undefined} />
      )}
    </div>
  );
}
