import type { Metadata } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/current-admin";
import { z } from "zod";
import { Pager, pageRange } from "@/components/admin/pager";
import { ALERT_LABEL } from "@/lib/alerts/labels";
import { MAIL_STATUS_LABEL } from "@/lib/mail/status-labels";
import { LOG_PAGE_SIZE } from "@/lib/data/admin-logs";
import { getMailLog, mailDelivery } from "@/lib/server/admin";
import { mailKind, mailStatus, type MailKind, type MailStatus } from "@/lib/statuses";
import { formatDateTime } from "@/lib/time";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Mail" };

const KIND: Record<MailKind, string> = {
  confirmation: "bevestiging",
  cancellation: "afmelding",
  "moved-up": "plek vrij",
  "manage-link": "nieuwe link",
  link: "Teams-link",
  correction: "correctie Teams-link",
  "starting-soon": "sessie begint bijna",
  "time-change": "nieuwe tijd",
  "thank-you": "bedankt (na de sessie)",
  missed: "gemist (na de sessie)",
  message: "bericht van de organisatie",
  ...ALERT_LABEL,
  invitation: "uitnodiging organisator",
  "password-reset": "wachtwoord vergeten",
};
const STATUS = MAIL_STATUS_LABEL;

const FILTERS: (MailStatus | undefined)[] = [undefined, "failed", "expired", "pending", "sent"];

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function MailLogPage({ searchParams }: { searchParams: Promise<{ status?: string; pagina?: string }> }) {
  await requireAdmin();
  // An unknown status in the address shows every mail.
  const query = await searchParams;
  const status = mailStatus.optional().catch(undefined).parse(query.status);
  const page = pageParam.parse(query.pagina ?? 1);
  const { mails, total } = await getMailLog(status, page);
  const href = (to: number) => `/admin/mail?${new URLSearchParams({ ...(status ? { status } : {}), pagina: String(to) })}`;
  const delivery = mailDelivery();
  return (
    <>
      <h1>Mail</h1>
      {delivery.filesOnly && (
        <p className={styles.banner} role="status">
          <strong>Mail wordt niet echt verstuurd.</strong> SMTP_URL is niet ingesteld: “verstuurd” betekent hier dat de
          mail als bestand is opgeslagen in {delivery.dir}.
        </p>
      )}
      <p>
        Alle mails van de site, de nieuwste eerst. Filter:{" "}
        {FILTERS.map((value) => (
          <span key={value ?? "alle"}>
            <Link href={value ? `/admin/mail?status=${value}` : "/admin/mail"} aria-current={status === value ? "page" : undefined}>
              {value ? STATUS[value] : "alle"}
            </Link>{" "}
          </span>
        ))}
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Mails, de nieuwste eerst: {pageRange(page, LOG_PAGE_SIZE, mails.length, total)}</caption>
          <thead>
            <tr>
              <th scope="col">Soort</th>
              <th scope="col">Aan</th>
              <th scope="col">Status</th>
              <th scope="col">Tijd</th>
              <th scope="col" className={styles.numeric}>Pogingen</th>
              <th scope="col">Laatste fout</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id}>
                <td data-label="Soort">{KIND[mailKind.parse(mail.kind)]}</td>
                <td data-label="Aan">{mail.recipient}</td>
                <td data-label="Status">{mail.status === "failed" ? <strong>{STATUS.failed}</strong> : STATUS[mailStatus.parse(mail.status)]}</td>
                <td data-label="Tijd">{formatDateTime(mail.sentAt ?? mail.updatedAt)}</td>
                <td data-label="Pogingen" className={styles.numeric}>{mail.attempts}</td>
                <td data-label="Laatste fout">{mail.lastError ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Pagina’s van het maillog" page={page} pageSize={LOG_PAGE_SIZE} total={total} href={href} />
    </>
  );
}
