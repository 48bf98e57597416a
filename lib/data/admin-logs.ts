import "server-only";
import type { Db } from "../db";
import { describeAuditEntry } from "../admin/audit-text";
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

/**
 * A page of the audit log, newest first, in Dutch. The entries hold ids; the names are looked up
 * now, a page at a time, so a person deleted since is "verwijderde deelnemer".
 */
export async function listAuditEntries(db: Db, page: number) {
  const [total, entries] = await Promise.all([
    db.auditEntry.count(),
    db.auditEntry.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageOf(page) }),
  ]);
  const ids = (pick: (entry: (typeof entries)[number]) => (string | null)[]) => [...new Set(entries.flatMap(pick).filter((id) => id !== null))];
  const [organisers, registrants, sessions] = await Promise.all([
    db.organiser.findMany({ where: { id: { in: ids((e) => [e.organiserId, e.subjectOrganiserId]) } }, select: { id: true, email: true } }),
    db.registrant.findMany({ where: { id: { in: ids((e) => [e.registrantId]) } }, select: { id: true, name: true } }),
    db.session.findMany({ where: { id: { in: ids((e) => [e.sessionId]) } }, select: { id: true, number: true, title: true } }),
  ]);
  const names = {
    organisers: new Map(organisers.map((o) => [o.id, o.email])),
    registrants: new Map(registrants.map((r) => [r.id, r.name])),
    sessions: new Map(sessions.map((s) => [s.id, s])),
  };
  return { total, entries: entries.map((entry) => ({ id: entry.id, createdAt: entry.createdAt, ...describeAuditEntry(entry, names) })) };
}

export async function listOrganisers(db: Db) {
  return db.organiser.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, createdAt: true, invitedAt: true } });
}

/** One organiser, for the question whether to remove them; null when there is none. */
export async function findOrganiser(db: Db, id: string) {
  return db.organiser.findUnique({ where: { id }, select: { id: true, email: true, createdAt: true } });
}
