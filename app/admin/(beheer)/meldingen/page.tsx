import type { Metadata } from "next";
import Link from "next/link";
import { ALERT_LABEL } from "@/lib/alerts/labels";
import { requireAdmin } from "@/lib/auth/current-admin";
import { MAIL_STATUS_LABEL } from "@/lib/mail/status-labels";
import { getRecentAlerts } from "@/lib/server/admin";
import { mailStatus } from "@/lib/statuses";
import { formatDateTime } from "@/lib/time";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Meldingen" };

export default async function AlertsPage() {
  await requireAdmin();
  const alerts = await getRecentAlerts();
  return (
    <>
      <h1>Meldingen</h1>
      <p>
        De site mailt alle organisatoren als er iets moet gebeuren: een Teams-link ontbreekt, mails komen niet aan, of een taak van de planner mislukt.
        Het dagoverzicht krijg je alleen als je het bij <Link href="/admin/organisatoren#dagoverzicht">Organisatoren</Link> aanzet.
      </p>
      {alerts.length === 0 ? (
        <p>Er zijn nog geen meldingen verstuurd.</p>
      ) : (
        // Focusable, so a keyboard can scroll it on a narrow screen.
        <div className={styles.tableWrap} role="region" aria-label="Meldingen" tabIndex={0}>
          <table className={styles.table}>
            <caption>De laatste meldingen, de nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Melding</th>
                <th scope="col">Waarover</th>
                <th scope="col">Mails</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert, index) => (
                <tr key={index}>
                  <td>{formatDateTime(alert.queuedAt)}</td>
                  <td>{ALERT_LABEL[alert.kind]}</td>
                  <td>{alert.about}</td>
                  <td>
                    {Object.entries(alert.statuses)
                      .map(([status, count]) => `${count} ${MAIL_STATUS_LABEL[mailStatus.parse(status)]}`)
                      .join(", ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
