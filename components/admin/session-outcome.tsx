import Link from "next/link";
import styles from "@/app/admin/admin.module.css";
import { storedFollowUpValues } from "@/lib/admin/follow-up-form";
import { ANSWERS_PER_PAGE, type EvaluationAnswer, type EvaluationSummary } from "@/lib/data/evaluations";
import type { Attendance } from "@/lib/data/attendance";
import type { getFollowUp } from "@/lib/data/follow-up";
import { formatDate, formatTime } from "@/lib/time";
import { FollowUpEditor } from "./follow-up-editor";

const at = (instant: Date) => `${formatDate(instant)} om ${formatTime(instant)} uur`;
const oneDecimal = (value: number) => value.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Registered, joined through the join link, and not (yet) joined. */
export function AttendanceSummary({ attendance, ended }: { attendance: Attendance; ended: boolean }) {
  return (
    <section aria-labelledby="aanwezig-titel">
      <h2 id="aanwezig-titel">Deelname</h2>
      <dl className={styles.facts}>
        <dt>Aangemeld</dt>
        <dd>{attendance.registered}</dd>
        <dt>Deelgenomen</dt>
        <dd>{attendance.joined}</dd>
        <dt>{ended ? "Niet deelgenomen" : "Nog niet deelgenomen"}</dt>
        <dd>{attendance.notJoined}</dd>
      </dl>
      <p className={styles.hint}>
        Deelgenomen: ging via de eigen link naar Teams. Wie de Teams-link uit de kleine letters gebruikte, telt hier niet mee.
      </p>
    </section>
  );
}

type FollowUp = Awaited<ReturnType<typeof getFollowUp>>;

/** When the follow-up goes (or went) out, and its editor. */
export function FollowUpSection(props: { sessionId: string; cancelled: boolean; followUp: FollowUp; followUpAt: Date; mailing: { createdAt: Date; doneAt: Date | null } | null }) {
  const { sessionId, cancelled, followUp, followUpAt, mailing } = props;
  const status = cancelled
    ? "De sessie gaat niet door: er gaat geen follow-up uit."
    : mailing
      ? mailing.doneAt
        ? `De follow-up is verstuurd, vanaf ${at(mailing.createdAt)}.`
        : `De follow-up wordt nu verstuurd, sinds ${at(mailing.createdAt)}.`
      : followUp.enabled
        ? `De follow-up gaat op ${at(followUpAt)} uit.`
        : "De follow-up staat uit: er gaat geen mail uit na de sessie.";
  const raw = followUp.raw;
  const stored = storedFollowUpValues({
    enabled: followUp.enabled,
    text: followUp.text,
    slidesUrl: raw?.slidesUrl ?? null,
    recordingUrl: raw?.recordingUrl ?? null,
    readingUrl: raw?.readingUrl ?? null,
  });
  return (
    <section aria-labelledby="follow-up-titel">
      <h2 id="follow-up-titel">Na de sessie: bedankmail en evaluatie</h2>
      <p>{status}</p>
      <p>
        Wie er was, krijgt een bedankmail. Wie er niet was, krijgt een mail ‘We hebben je gemist’, met de volgende sessie.
        Beide mails vragen om een korte, anonieme evaluatie.
      </p>
      <FollowUpEditor sessionId={sessionId} stored={stored} />
    </section>
  );
}

/** The evaluation in numbers, and its answers in random order. */
export function EvaluationResults(props: { sessionId: string; summary: EvaluationSummary; answers: EvaluationAnswer[]; withText: number; after?: string }) {
  const { sessionId, summary, answers, withText, after } = props;
  return (
    <section aria-labelledby="evaluatie-titel">
      <h2 id="evaluatie-titel">Evaluatie</h2>
      {summary.responses === 0 ? (
        <p>Er zijn nog geen antwoorden.</p>
      ) : (
        <>
          <p>
            {summary.responses} {summary.responses === 1 ? "antwoord" : "antwoorden"}. Gemiddeld {oneDecimal(summary.average!)} op een
            schaal van 1 tot en met 5.
          </p>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>Hoe waardevol was de sessie?</caption>
              <thead>
                <tr>
                  <th scope="col">Cijfer</th>
                  <th scope="col" className={styles.numeric}>Aantal</th>
                </tr>
              </thead>
              <tbody>
                {summary.distribution.map((count, index) => (
                  <tr key={index}>
                    <th scope="row">{index + 1}</th>
                    <td data-label="Aantal" className={styles.numeric}>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a href={`/admin/export/evaluatie?sessie=${sessionId}`}>Alle antwoorden downloaden (CSV)</a>
          </p>
          <h3>Wat de deelnemers schreven</h3>
          <p className={styles.hint}>In willekeurige volgorde: de volgorde zegt niets over wie wanneer antwoordde.</p>
          {answers.length === 0 ? (
            <p>Niemand schreef iets bij de open vragen.</p>
          ) : (
            <ul className={styles.answers}>
              {answers.map((answer) => (
                <li key={answer.id}>
                  <p>
                    <strong>Cijfer {answer.score}</strong> · {answer.mayQuote ? "mag anoniem geciteerd worden" : "niet citeren"}
                  </p>
                  {answer.takeaway && <p className={styles.quote}>Neemt mee: {answer.takeaway}</p>}
                  {answer.improvement && <p className={styles.quote}>Kan beter: {answer.improvement}</p>}
                </li>
              ))}
            </ul>
          )}
          {(after || withText > answers.length) && (
            <nav aria-label="Meer antwoorden" className={styles.actions}>
              {after && <Link href={`/admin/sessies/${sessionId}#evaluatie-titel`}>Terug naar de eerste antwoorden</Link>}
              {answers.length === ANSWERS_PER_PAGE && (
                <Link href={`/admin/sessies/${sessionId}?antwoorden=${answers.at(-1)!.id}#evaluatie-titel`}>Volgende antwoorden</Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
