import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/admin/invite-form";
import { PasswordForm } from "@/components/admin/password-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getOrganisers } from "@/lib/server/admin";
import { formatDate, formatDateTime } from "@/lib/time";
import { resendInvitationAction } from "./actions";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Organisatoren" };

type Props = { searchParams: Promise<{ fout?: string; verwijderd?: string; opnieuw?: string }> };

export default async function OrganisersPage({ searchParams }: Props) {
  const admin = await requireAdmin();
  const organisers = await getOrganisers();
  const { fout, verwijderd, opnieuw } = await searchParams;
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
                <td>{organiser.email}{organiser.id === admin.id && " (jij)"}</td>
                <td>{formatDate(organiser.createdAt)}</td>
                <td>{organiser.invitedAt ? `Nog niet gekozen: uitgenodigd op ${formatDateTime(organiser.invitedAt)}` : "Gekozen"}</td>
                <td>
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
      <h2 id="wachtwoord">Wachtwoord wijzigen</h2>
      <PasswordForm />
    </>
  );
}
