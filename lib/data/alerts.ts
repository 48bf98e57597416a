import "server-only";
import type { Db } from "../db";
import { readPayload } from "../mail/payloads";
import { ALERT_KINDS, type AlertKind, isAlertKind, mailStatus, type MailStatus } from "../statuses";

/** The alerts page shows the occasions among this many latest alert mails (one per organiser each). */
const LATEST_ROWS = 200;

export type AlertOccasion = {
  kind: AlertKind;
  queuedAt: Date;
  /** What it was about: a session's title, a count, a step, a day. */
  about: string;
  recipients: number;
  /** How many of its mails stand at each status. */
  statuses: Partial<Record<MailStatus, number>>;
};

/** The latest alerts to the organisers, newest first: one line per occasion, however many organisers got it. */
export async function listRecentAlerts(db: Db): Promise<AlertOccasion[]> {
  const rows = await db.outboxMail.findMany({
    where: { kind: { in: [...ALERT_KINDS] } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LATEST_ROWS,
    select: { kind: true, dedupeKey: true, payload: true, status: true, createdAt: true, sessionId: true },
  });
  const sessionIds = [...new Set(rows.flatMap((row) => (row.sessionId ? [row.sessionId] : [])))];
  const sessions = await db.session.findMany({ where: { id: { in: sessionIds } }, select: { id: true, title: true } });
  const titles = new Map(sessions.map((s) => [s.id, s.title]));
  const occasions = new Map<string, AlertOccasion>();
  for (const row of rows) {
    if (!isAlertKind(row.kind)) continue;
    // The dedupe key is "<kind>:<occasion>:<organiser>": without the organiser, it names the occasion.
    const occasion = row.dedupeKey.slice(0, row.dedupeKey.lastIndexOf(":"));
    const entry = occasions.get(occasion) ?? { kind: row.kind, queuedAt: row.createdAt, about: about(row.kind, row.payload, titles), recipients: 0, statuses: {} };
    const status = mailStatus.parse(row.status);
    entry.recipients++;
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    occasions.set(occasion, entry);
  }
  return [...occasions.values()];
}

function about(kind: AlertKind, payload: string, titles: Map<string, string>): string {
  switch (kind) {
    case "alert-missing-link": {
      const { sessionId, stage } = readPayload(kind, payload);
      return `${titles.get(sessionId) ?? "verwijderde sessie"}${stage === "near" ? " (tweede keer)" : ""}`;
    }
    case "alert-failed-mails":
      return `${readPayload(kind, payload).count} mislukt`;
    case "alert-step-failing":
    case "alert-step-recovered":
      return readPayload(kind, payload).step;
    case "daily-summary":
      return readPayload(kind, payload).day;
  }
}
