import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/current-admin";
import { z } from "zod";
import { Pager, pageRange } from "@/components/admin/pager";
import { LOG_PAGE_SIZE } from "@/lib/data/admin-logs";
import { getAuditLog } from "@/lib/server/admin";
import { formatDateTime } from "@/lib/time";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Logboek" };

type Props = { searchParams: Promise<{ pagina?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await requireAdmin();
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse((await searchParams).pagina ?? 1);
  const { entries, total } = await getAuditLog(page);
  return (
    <>
      <h1>Logboek</h1>
      <p>Elke wijziging door een organisator, en elke keer inloggen en uitloggen: wie, wat en wanneer. De nieuwste staat bovenaan.</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Wijzigingen, de nieuwste eerst: {pageRange(page, LOG_PAGE_SIZE, entries.length, total)}</caption>
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
                <td data-label="Wanneer">{formatDateTime(entry.createdAt)}</td>
                <td data-label="Wie">{entry.who}</td>
                <td data-label="Wat">{entry.what}</td>
                <td data-label="Details">{entry.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Pagina’s van het logboek" page={page} pageSize={LOG_PAGE_SIZE} total={total} href={(to) => `/admin/logboek?pagina=${to}`} />
    </>
  );
}
