import { dailySummaryAction } from "@/app/admin/(beheer)/organisatoren/actions";
import styles from "@/app/admin/admin.module.css";

const CHOICES = [
  ["aan", "Ja, stuur mij elke ochtend om 08.00 uur het dagoverzicht"],
  ["uit", "Nee, geen dagoverzicht"],
] as const;

/** The organiser's own choice for the daily summary: a plain form, so it works without JavaScript. */
export function DailySummaryForm({ on }: { on: boolean }) {
  return (
    <form action={dailySummaryAction} className={styles.form}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Wil je het dagoverzicht per mail?</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value} className={styles.checkboxLabel}>
            <input type="radio" name="dagoverzicht" value={value} defaultChecked={(value === "aan") === on} /> {label}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={styles.button}>Opslaan</button>
    </form>
  );
}
