import type { Metadata } from "next";
import Link from "next/link";
import { DailySummaryForm } from "@/components/admin/daily-summary-form";
import { InviteForm } from "@/components/admin/invite-form";
import { PasswordForm } from "@/components/admin/password-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getOrganisers } from "@/lib/server/admin";
import { getOwnDailySummary } from "@/lib/server/organisers";
import { formatDate, formatDateTime } from "@/lib/time";
import { resendInvitationAction } from "./actions";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Organisatoren" };

type Props = { searchParams: Promise<{ fout?: string; verwijderd?: string; opnieuw?: string; dagoverzicht?: string }> };

export default async function OrganisersPage({ searchParams }: Props) {
  const admin = await requireAdmin();
  const [organisers, dailySummary] = await Promise.all([getOrganisers(), getOwnDailySummary(admin)]);
  const { fout, verwijderd, opnieuw, dagoverzicht } = await searchParams;
  return (
    <>
      <h1>Organisatoren</h1>
      {fout && <p className={styles.errorBox} role="alert">{fout.slice(0, 200)}</p>}
      {verwijderd && <p className={styles.notice} role="status">De organisator is verwijderd.</p>}
      {opnieuw && <p className={styles.notice} role="status">De uitnodiging is opnieuw verstuurd. De link in de vorige mail werkt niet meer.</p>}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Wie kan inloggen</caption>
          <thead>
            <tr>
              <th scope="col">E-mailadres</th>
              <th scope="col">Sinds</th>
              <th scope="col">Wachtwoord</th>
              <th scope="col">Actie</th>
            </tr>
          </thead>
          <tbody>
            {organisers.map((organiser) => (
              <tr key={organiser.id}>
                <td data-label="E-mailadres">{organiser.email}{organiser.id === admin.id && " (jij)"}</td>
                <td data-label="Sinds">{formatDate(organiser.createdAt)}</td>
                <td data-label="Wachtwoord">{organiser.invitedAt ? `Nog niet gekozen: uitgenodigd op ${formatDateTime(organiser.invitedAt)}` : "Gekozen"}</td>
                <td data-label="Actie">
                  <div className={styles.actions}>
                    {organiser.invitedAt && (
                      <form action={resendInvitationAction}>
                        <input type="hidden" name="organiser" value={organiser.id} />
                        <button type="submit" className={styles.secondaryButton}>
                          Uitnodiging opnieuw sturen<span className="visually-hidden"> aan {organiser.email}</span>
                        </button>
                      </form>
                    )}
                    {organiser.id !== admin.id && organisers.length > 1 && (
                      <Link href={`/admin/organisatoren/${organiser.id}/verwijderen`} className={styles.buttonLink}>
                        Verwijderen<span className="visually-hidden"> {organiser.email}</span>
                      </Link>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="uitnodigen">Een collega uitnodigen</h2>
      <p>
        Je collega krijgt een mail met een link om een wachtwoord te kiezen. De link werkt 48 uur en maar één keer. Daarna kan je
        collega alles in het beheer wat jij ook kunt.
      </p>
      <InviteForm />
      <h2 id="dagoverzicht">Dagoverzicht</h2>
      {dagoverzicht === "aan" && <p className={styles.notice} role="status">Opgeslagen: je krijgt het dagoverzicht.</p>}
      {dagoverzicht === "uit" && <p className={styles.notice} role="status">Opgeslagen: je krijgt geen dagoverzicht meer.</p>}
      <p>
        Op dagen met nieuwe aanmeldingen of afmeldingen krijg je om 08.00 uur een mail met de aantallen per sessie, zonder namen.
        Meldingen over problemen krijgt iedere organisator altijd; ze staan ook bij <Link href="/admin/meldingen">Meldingen</Link>.
      </p>
      <DailySummaryForm on={dailySummary} />
      <h2 id="wachtwoord">Wachtwoord wijzigen</h2>
      <PasswordForm />
    </>
  );
}
