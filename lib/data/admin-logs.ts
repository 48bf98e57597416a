import "server-only";
import type { Db } from "../db";

const SHOWN = ["sent", "failed", "expired", "pending", "sending", "superseded"];

/** The mail log, newest first: every mail that was sent, failed, expired or is still on its way. */
export async function listMails(db: Db, status?: string) {
  return db.outboxMail.findMany({
    where: { status: status && SHOWN.includes(status) ? status : { in: SHOWN } },
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
