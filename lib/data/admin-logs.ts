import "server-only";
import type { Db } from "../db";
import { mailStatus, type MailStatus } from "../statuses";

/** Entries per page of the mail log and the audit log. */
export const LOG_PAGE_SIZE = 100;

const pageOf = (page: number) => ({ take: LOG_PAGE_SIZE, skip: (page - 1) * LOG_PAGE_SIZE });

/** A page of the mail log, newest first: every mail, or those with one status. */
export async function listMails(db: Db, status: MailStatus | undefined, page: number) {
  const where = { status: status ?? { in: mailStatus.options } };
  const [total, mails] = await Promise.all([
    db.outboxMail.count({ where }),
    db.outboxMail.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      ...pageOf(page),
      select: { id: true, kind: true, recipient: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true, updatedAt: true },
    }),
  ]);
  return { total, mails };
}

/** A page of the audit log, newest first. */
export async function listAuditEntries(db: Db, page: number) {
  const [total, entries] = await Promise.all([
    db.auditEntry.count(),
    db.auditEntry.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageOf(page),
      select: { id: true, organiserEmail: true, action: true, detail: true, createdAt: true },
    }),
  ]);
  return { total, entries };
}

export async function listOrganisers(db: Db) {
  return db.organiser.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, createdAt: true } });
}
