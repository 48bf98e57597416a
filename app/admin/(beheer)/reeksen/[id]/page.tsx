import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProgrammeOrder } from "@/components/admin/programme-order";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSeries } from "@/lib/server/series";
import { SERIES_STATE_LABEL } from "@/lib/series/state";
import { formatSessionTime } from "@/lib/time";
import styles from "../../../admin.module.css";

export const metadata: Metadata = { title: "Reeks" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  gekopieerd: z.literal("1").optional().catch(undefined),
  gepubliceerd: z.literal("1").optional().catch(undefined),
  volgorde: z.enum(["ok", "fout"]).optional().catch(undefined),
});

export default async function SeriesPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  const series = id.success ? await getSeries(id.data) : null;
  if (!series) notFound();
  const { gekopieerd, gepubliceerd, volgorde } = querySchema.parse(await searchParams);
  const draft = series.state === "draft";

  return (
    <>
      <p>
        <Link href="/admin/reeksen">Terug naar de reeksen</Link>
      </p>
      <h1>{series.title}</h1>
      <p>
        Status: <strong>{SERIES_STATE_LABEL[series.state]}</strong>.
      </p>
      {gekopieerd && (
        <p className={styles.notice} role="status">
          De conceptreeks is gemaakt. Kijk de sessies na, vul de Teams-links in en publiceer de reeks als alles klopt.
        </p>
      )}
      {gepubliceerd && (
        <p className={styles.notice} role="status">
          De reeks staat nu op de site. De vorige reeks is voorbij en blijft hier te lezen.
        </p>
      )}
      {series.state === "past" && (
        <p className={styles.warning}>Deze reeks is voorbij. Je kunt haar lezen, met de aantallen, maar niet meer wijzigen.</p>
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
              <th scope="col" className={styles.numeric}>Verwijderd op verzoek</th>
            </tr>
          </thead>
          <tbody>
            {series.sessions.map((session) => (
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
                <td data-label="Verwijderd op verzoek" className={styles.numeric}>{session.erased}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {draft && (
        <>
          <p>
            <Link href={`/admin/sessies/nieuw?reeks=${series.id}`}>Sessie toevoegen aan deze reeks</Link>
          </p>
          {series.sessions.length > 1 && <ProgrammeOrder sessions={series.sessions} back={`/admin/reeksen/${series.id}`} status={volgorde} />}
          <section aria-labelledby="publiceren-titel">
            <h2 id="publiceren-titel">Publiceren</h2>
            <p>
              Als je deze reeks publiceert, staat zij op de site in plaats van de huidige reeks. De teksten van de site (zoals
              de inleiding) blijven zoals ze nu zijn; pas ze daarna aan onder Teksten.
            </p>
            <p>
              <Link href={`/admin/reeksen/${series.id}/publiceren`}>Reeks publiceren</Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
