import "server-only";
import { createElement } from "react";
import AlertEmail from "@/emails/alert";
import type { Db } from "../db";
import type { Composition, MailSettings } from "../mail/compose-helpers";
import { readPayload } from "../mail/payloads";
import { renderMail } from "../mail/render";
import type { AlertKind } from "../statuses";
import { linkMailDeadline } from "../teams-link-rule";
import { amsterdamInstant } from "../time";
import { dailySummaryText, failedMailsText, missingLinkText, stepText, type AlertText } from "./alert-texts";

const sessionFields = { id: true, title: true, startsAt: true, endsAt: true, teamsUrl: true, cancelledAt: true } as const;

async function textOf(db: Db, kind: AlertKind, payload: string, now: Date, appUrl: string): Promise<AlertText | Extract<Composition, { skip: string }>> {
  switch (kind) {
    case "alert-missing-link": {
      const { sessionId, startsAt, stage } = readPayload(kind, payload);
      const session = await db.session.findUnique({ where: { id: sessionId }, select: sessionFields });
      // Set meanwhile, or the session moved or was called off: this warning no longer holds.
      if (!session || session.teamsUrl !== null || session.cancelledAt !== null || session.startsAt.getTime() !== startsAt) {
        return { skip: "superseded", reason: "de Teams-link is er inmiddels, of de sessie is gewijzigd" };
      }
      // Held up (the mail server was down) until the session began: too late to act on.
      if (now >= session.startsAt) return { skip: "expired", reason: "de sessie was al begonnen" };
      return missingLinkText(session, linkMailDeadline(session), stage === "near", now, appUrl);
    }
    case "alert-failed-mails":
      return failedMailsText(readPayload(kind, payload).count, appUrl);
    case "alert-step-failing": {
      const { step, since, error } = readPayload(kind, payload);
      return stepText(step, new Date(since), false, error, appUrl);
    }
    case "alert-step-recovered": {
      const { step, since } = readPayload(kind, payload);
      return stepText(step, new Date(since), true, "", appUrl);
    }
    case "daily-summary": {
      const { day, sessions: counted } = readPayload(kind, payload);
      const sessions = await db.session.findMany({ where: { id: { in: counted.map((c) => c.sessionId) } }, select: { id: true, title: true } });
      const titles = new Map(sessions.map((s) => [s.id, s.title]));
      const rows = counted.flatMap((c) => (titles.has(c.sessionId) ? [{ ...c, title: titles.get(c.sessionId)! }] : []));
      const [year, month, date] = day.split("-").map(Number);
      return dailySummaryText(amsterdamInstant(year, month, date, 12), rows, appUrl);
    }
  }
}

/** Renders an alert to the organisers as it should read now; one that no longer holds is skipped. */
export async function composeAlert(db: Db, row: { kind: AlertKind; payload: string }, now: Date, settings: MailSettings): Promise<Composition> {
  const text = await textOf(db, row.kind, row.payload, now, settings.appUrl);
  if ("skip" in text) return text;
  const mail = await renderMail(createElement(AlertEmail, { ...text, contactEmail: settings.contactEmail }));
  return { subject: text.subject, ...mail, attachments: [] };
}
