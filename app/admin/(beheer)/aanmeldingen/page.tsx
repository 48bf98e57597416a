import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/admin/pager";
import { z } from "zod";
import { joinedText } from "@/lib/attendance/joined-text";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getRegistrations, getSessionOptions } from "@/lib/server/admin";
import { formatCalendarDate, formatDate, formatSessionTime, formatTime } from "@/lib/time";
import styles from "../../admin.module.css";
import { resendMailAction } from "./actions";

export const metadata: Metadata = { title: "Aanmeldingen" };

const NOTICES = {
  geannuleerd: "De aanmelding is geannuleerd. De deelnemer krijgt hierover een mail. Stond er iemand op de wachtlijst, dan krijgt die de plek.",
  "niet-geannuleerd": "Er is niets geannuleerd. De aanmelding was al afgemeld, of de sessie is al begonnen.",
  "mail-verstuurd": "De bevestigingsmail wordt opnieuw verstuurd, met een nieuwe persoonlijke link.",
  "geen-mail": "Er is geen mail verstuurd. Deze persoon is niet meer aangemeld voor een sessie die nog komt.",
  verwijderd: "Alle gegevens van deze persoon zijn verwijderd. Had die een plek, dan krijgt de eerste op de wachtlijst die plek.",
  "niet-verwijderd": "Er is niets verwijderd. De gegevens van deze persoon waren al verwijderd.",
  ongeldig: "Dat lukte niet, want het verzoek was niet compleet. Probeer het opnieuw.",
} as const;

// A malformed parameter is ignored rather than refused: the page then simply shows everything.
const paramsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  sessie: z.string().regex(/^[a-z0-9]{20,40}$/).optional().catch(undefined),
  gedaan: z.enum(Object.keys(NOTICES) as (keyof typeof NOTICES)[]).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

const STATUS = { confirmed: "aangemeld", waitlisted: "op de wachtlijst", cancelled: "afgemeld" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RegistrationsPage({ searchParams }: Props) {
  await requireAdmin();
  const params = paramsSchema.parse(await searchParams);
  const sessions = await getSessionOptions();
  const chosen = sessions.find((session) => session.id === params.sessie);
  const { people: rows, total, pageSize } = await getRegistrations({ query: params.q, sessionId: chosen?.id }, params.pagina);
  const first = (params.pagina - 1) * pageSize + 1;
  const pageLink = (page: number) => {
    const query = new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(chosen ? { sessie: chosen.id } : {}), pagina: String(page) });
    return `/admin/aanmeldingen?${query}`;
  };
  const notice = params.gedaan && NOTICES[params.gedaan];
  // Cancelling asks first, on a page of its own that leads back to this same list.
  const filter = new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(chosen ? { sessie: chosen.id } : {}) });
  const filterQuery = filter.size > 0 ? `?${filter}` : "";

  // Each action's form carries the filter, so the organiser returns to the same list.
  const filterFields = (
    <>
      {params.q && <input type="hidden" name="q" value={params.q} />}
      {chosen && <input type="hidden" name="sessie" value={chosen.id} />}
    </>
  );

  return (
    <>
      <h1>Aanmeldingen</h1>
      {notice && (
        <p className={params.gedaan === "ongeldig" ? styles.errorBox : styles.notice} role="status">
          {notice}
        </p>
      )}

      <form method="get" action="/admin/aanmeldingen" className={styles.form} role="search">
        <div className={styles.field}>
          <label htmlFor="zoek">Zoeken op naam, e-mail of organisatie</label>
          <input id="zoek" name="q" type="search" defaultValue={params.q ?? ""} maxLength={200} />
        </div>
        <div className={styles.field}>
          <label htmlFor="sessie">Sessie</label>
          <select id="sessie" name="sessie" defaultValue={chosen?.id ?? ""}>
            <option value="">Alle sessies</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.number}. {session.title} ({formatDate(session.startsAt)})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={styles.button}>Zoeken</button>
      </form>

      {/* Downloads, not pages: a client-side navigation would try to render the CSV. */}
      {/* eslint-disable @next/next/no-html-link-for-pages */}
      <p className={styles.actions}>
        <a href="/admin/export">Exporteer als CSV (alle sessies)</a>
        {chosen && <a href={`/admin/export?sessie=${chosen.id}`}>Exporteer als CSV (sessie {chosen.number})</a>}
      </p>
      {/* eslint-enable @next/next/no-html-link-for-pages */}

      {rows.length === 0 ? (
        <p>Er zijn geen aanmeldingen gevonden.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>
              Aanmeldingen {chosen ? `voor sessie ${chosen.number} (${chosen.title})` : "voor alle sessies"}
              {params.q && `, gezocht op ‘${params.q}’`}: {total === 1 ? "1 persoon" : `${total} personen`} (ook wie zich
              heeft afgemeld), op volgorde van aanmelden
              {total > pageSize && `; hier ${first} tot en met ${first + rows.length - 1}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Organisatie</th>
                <th scope="col">Functie</th>
                <th scope="col">Aangemeld op</th>
                <th scope="col">Sessies</th>
                <th scope="col">Deelgenomen</th>
                <th scope="col">Mail</th>
                <th scope="col">Gegevens</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  <td data-label="E-mailadres">{person.email}</td>
                  <td data-label="Organisatie">{person.organisation}</td>
                  <td data-label="Functie">{person.role ?? ""}</td>
                  <td data-label="Aangemeld op">
                    {formatCalendarDate(person.createdAt)} {formatTime(person.createdAt)}
                  </td>
                  <td data-label="Sessies">
                    <ul>
                      {person.signUps.map((signUp) => (
                        <li key={signUp.id}>
                          {signUp.number}. {signUp.title} ({formatSessionTime(signUp.startsAt, signUp.endsAt)}):{" "}
                          <strong>{STATUS[signUp.status]}</strong>
                          {signUp.cancellable && (
                            <>
                              {" "}
                              <Link href={`/admin/aanmeldingen/annuleren/${signUp.id}${filterQuery}`} className={styles.buttonLink}>
                                Annuleren
                                <span className="visually-hidden">
                                  : aanmelding van {person.name} voor sessie {signUp.number} ({signUp.title})
                                </span>
                              </Link>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label="Deelgenomen">
                    <ul>
                      {person.signUps.map((signUp) => (
                        <li key={signUp.id}>
                          Sessie {signUp.number}: {joinedText(signUp) ?? "—"}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-label="Mail">
                    {person.resendable && (
                      <form action={resendMailAction}>
                        <input type="hidden" name="registrant" value={person.id} />
                        {filterFields}
                        <button type="submit" className={styles.secondaryButton}>
                          Mail opnieuw sturen<span className="visually-hidden"> naar {person.name}</span>
                        </button>
                      </form>
                    )}
                  </td>
                  <td data-label="Gegevens">
                    <Link href={`/admin/aanmeldingen/${person.id}/verwijderen`}>
                      Verwijderen<span className="visually-hidden">: alle gegevens van {person.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Pagina’s met aanmeldingen" page={params.pagina} pageSize={pageSize} total={total} href={pageLink} />
    </>
  );
}
