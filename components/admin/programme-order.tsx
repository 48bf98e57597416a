import { moveSessionAction } from "@/app/admin/(beheer)/sessies/actions";
import styles from "@/app/admin/admin.module.css";
import { formatDate } from "@/lib/time";

type Row = { id: string; position: number; number: number; title: string; startsAt: Date };

/**
 * The order of the sessions in the programme, with a button to move each one up or down: plain
 * forms, so it works without JavaScript. A session's address (its number) never changes.
 */
export function ProgrammeOrder({ sessions, back, status }: { sessions: Row[]; back: string; status?: "ok" | "fout" }) {
  return (
    <section aria-labelledby="volgorde">
      <h2 id="volgorde" tabIndex={-1}>
        Volgorde in het programma
      </h2>
      {status === "ok" && (
        <p className={styles.notice} role="status">
          De volgorde is aangepast. De adressen van de sessies blijven hetzelfde.
        </p>
      )}
      {status === "fout" && (
        <p className={styles.errorBox} role="alert">
          De volgorde kon niet worden aangepast. Er is niets gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
        </p>
      )}
      <ol className={styles.orderList}>
        {sessions.map((session, index) => (
          <li key={session.id}>
            <span>
              {session.title} ({formatDate(session.startsAt)}, adres /sessies/{session.number})
            </span>
            <form action={moveSessionAction} className={styles.orderButtons}>
              <input type="hidden" name="id" value={session.id} />
              <input type="hidden" name="terug" value={back} />
              {index > 0 && (
                <button type="submit" name="richting" value="up" className={styles.secondaryButton} aria-label={`Omhoog: ${session.title}`}>
                  Omhoog
                </button>
              )}
              {index < sessions.length - 1 && (
                <button type="submit" name="richting" value="down" className={styles.secondaryButton} aria-label={`Omlaag: ${session.title}`}>
                  Omlaag
                </button>
              )}
            </form>
          </li>
        ))}
      </ol>
    </section>
  );
}
