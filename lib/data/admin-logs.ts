import "server-only";
import type { Db } from "../db";
import { mailStatus, type MailStatus } from "../statuses";

/** The mail log, newest first: every mail, or those with one status. */
export async function listMails(db: Db, status?: MailStatus) {
  return db.outboxMail.findMany({
    where: { status: status ?? { in: mailStatus.options } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, kind: true, recipient: true, status: true, attempts: true, lastError: true, sentAt: true, createdAt: true, updatedAt: true },
  });
}

export async function listAuditEntries(db: Db) {
  return db.auditEntry.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, organiserEmail: true, action: true, detail: true, createdAt: true },
  });
}

export async function listOrganisers(db: Db) {
  return db.organiser.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, createdAt: true } });
}
