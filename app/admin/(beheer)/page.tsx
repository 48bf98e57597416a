import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ProgrammeOrder } from "@/components/admin/programme-order";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getOverview, mailDelivery } from "@/lib/server/admin";
import { formatDate, formatSessionTime, formatTime } from "@/lib/time";
import styles from "../admin.module.css";

export const metadata: Metadata = { title: "Overzicht" };

// The scheduler's steps (lib/scheduler/pass.ts) in the organisers' words.
const STEPS: Record<string, string> = {
  planning: "Teams-linkmails klaarzetten",
  "starting-soon": "Mails ‘de sessie begint bijna’ klaarzetten",
  "follow-up": "Bedankmails na de sessie klaarzetten",
  "mass-mail": "Mails aan alle aangemelden klaarzetten (nieuwe tijd, bedankmail, bericht)",
  cancelling: "Afmeldingen van vervallen sessies versturen",
  expiry: "Verlopen Teams-linkmails opruimen",
  sending: "Mail versturen",
  retention: "Persoonsgegevens verwijderen na de bewaartermijn",
  "rate-limits": "Oude tellers van het misbruikfilter opruimen",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  volgorde: z.enum(["ok", "fout"]).optional().catch(undefined),
  verwijderd: z.string().max(200).optional().catch(undefined),
});

export default async function OverviewPage({ searchParams }: Props) {
  await requireAdmin();
  const { volgorde, verwijderd } = querySchema.parse(await searchParams);
  const { sessions, failedMails: failed, failingSteps } = await getOverview();
  // A step that failed for one part carries the part's id: "planning:<session>", "mass-mail:<mailing>".
  const stepName = (step: string) => {
    const [name, part] = step.split(":");
    const session = part ? sessions.find((candidate) => candidate.id === part) : undefined;
    const what = STEPS[name] ?? step;
    return session ? `${what} voor sessie ${session.position} (${session.title})` : what;
  };
  const mail = mailDelivery();
  const deadlineText = (deadline: Date) => `${formatDate(deadline)} om ${formatTime(deadline)} uur`;

  return (
    <>
      <h1>Overzicht</h1>
      {verwijderd && (
        <p className={styles.notice} role="status">
          De sessie ‘{verwijderd}’ is verwijderd.
        </p>
      )}
      {mail.filesOnly && (
        <p className={styles.banner} role="status">
          <strong>Mail wordt niet echt verstuurd.</strong> SMTP_URL is niet ingesteld: mails worden alleen als
          bestand opgeslagen in {mail.dir}. Deelnemers krijgen dus geen bevestiging en geen Teams-link.
        </p>
      )}
      {sessions
        .filter((session) => session.missingLinkWarning)
        .map((session) => (
          <p key={session.id} className={styles.warning} role="alert">
            <strong>Nog geen Teams-link voor sessie {session.position} ({session.title}).</strong> De mails met de link
            moeten uiterlijk {deadlineText(session.deadline)} verstuurd zijn.{" "}
            <Link href={`/admin/sessies/${session.id}`}>Teams-link invullen</Link>
          </p>
        ))}
      {failingSteps.map((step) => (
        <p key={step.step} className={styles.errorBox} role="alert">
          <strong>Er gaat iets mis bij: {stepName(step.step)}.</strong> Sinds {formatDate(step.failingSince!)} om{" "}
          {formatTime(step.failingSince!)} uur. De rest van de site en de mail werkt gewoon door. Melding voor de
          technisch beheerder: <code>{step.lastError}</code>
        </p>
      ))}
      {failed > 0 && (
        <p className={styles.errorBox}>
          {failed === 1 ? "1 mail kon" : `${failed} mails konden`} niet worden bezorgd.{" "}
          <Link href="/admin/mail?status=failed">Bekijk de mislukte mails</Link>
        </p>
      )}

      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Sessies</caption>
          <thead>
            <tr>
              <th scope="col">Sessie</th>
              <th scope="col">Datum</th>
              <th scope="col" className={styles.numeric}>Aangemeld</th>
              <th scope="col" className={styles.numeric}>Wachtlijst</th>
              <th scope="col" className={styles.numeric}>Afgemeld</th>
              <th scope="col" className={styles.numeric}>Deelgenomen</th>
              <th scope="col" className={styles.numeric}>Niet deelgenomen</th>
              <th scope="col" className={styles.numeric}>Verwijderd op verzoek</th>
              <th scope="col" className={styles.numeric}>Plaatsen</th>
              <th scope="col">Teams-link</th>
              <th scope="col">Linkmails: te versturen, verstuurd, mislukt, verlopen</th>
              <th scope="col">Uiterlijk versturen</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <Link href={`/admin/sessies/${session.id}`}>
                    {session.position}. {session.title}
                  </Link>
                  {session.cancelled && <strong> (gaat niet door)</strong>}
                </th>
                <td data-label="Datum">{formatSessionTime(session.startsAt, session.endsAt)}</td>
                <td data-label="Aangemeld" className={styles.numeric}>{session.registrations.confirmed}</td>
                <td data-label="Wachtlijst" className={styles.numeric}>{session.registrations.waitlisted}</td>
                <td data-label="Afgemeld" className={styles.numeric}>{session.registrations.cancelled}</td>
                <td data-label="Deelgenomen" className={styles.numeric}>{session.attendance.joined}</td>
                <td data-label="Niet deelgenomen" className={styles.numeric}>{session.ended ? session.attendance.notJoined : "–"}</td>
                <td data-label="Verwijderd op verzoek" className={styles.numeric}>{session.erased}</td>
                <td data-label="Plaatsen" className={styles.numeric}>{session.capacity ?? "onbeperkt"}</td>
                <td data-label="Teams-link">{session.hasLink ? "ingesteld" : <strong>ontbreekt</strong>}</td>
                <td data-label="Linkmails">
                  {session.linkMails.due} te versturen, {session.linkMails.sent} verstuurd, {session.linkMails.failed} mislukt,{" "}
                  {session.linkMails.expired} verlopen
                </td>
                <td data-label="Uiterlijk versturen">{deadlineText(session.deadline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link href="/admin/aanmeldingen">Alle aanmeldingen bekijken, zoeken en exporteren</Link>
      </p>
      <p>
        <Link href="/admin/sessies/nieuw">Sessie toevoegen</Link> · <Link href="/admin/reeksen">Reeksen: een nieuwe reeks maken</Link>
      </p>
      {sessions.length > 1 && <ProgrammeOrder sessions={sessions} back="/admin" status={volgorde} />}
    </>
  );
}
