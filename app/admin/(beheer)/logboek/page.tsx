import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getAuditLog } from "@/lib/server/admin";
import { formatDateTime } from "@/lib/time";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Logboek" };

export default async function AuditPage() {
  await requireAdmin();
  const entries = await getAuditLog();
  return (
    <>
      <h1>Logboek</h1>
      <p>Elke wijziging door een organisator: wie, wat en wanneer. De nieuwste staat bovenaan.</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{entries.length === 500 ? "De laatste 500 wijzigingen" : `${entries.length} wijzigingen`}</caption>
          <thead>
            <tr>
              <th scope="col">Wanneer</th>
              <th scope="col">Wie</th>
              <th scope="col">Wat</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.createdAt)}</td>
                <td>{entry.organiserEmail}</td>
                <td>{entry.action}</td>
                <td>{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
