import "server-only";
import { createElement } from "react";
import TeamsLinkEmail from "@/emails/teams-link";
import type { Db } from "../db";
import { mailKind } from "../statuses";
import { mailedManageUrl, signUpCalendar, when, type Composition, type MailSettings } from "./compose-helpers";
import { readPayload } from "./payloads";
import { renderMail } from "./render";

type LinkRow = { id: string; kind: string; signUpId: string | null; payload: string };

// Rendering a React template costs milliseconds; ten thousand link mails would take minutes. So each
// session's template is rendered once, with placeholders where a person's own values go, and
// filled in per person: escaped in the HTML part, as typed in the plain-text part.
const NAME = "zzcosienamezz";
const MANAGE_URL = "https://zzcosiemanageurlzz.invalid/";

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

function fill(template: { html: string; text: string }, name: string, url: string) {
  return {
    html: template.html.replaceAll(NAME, escapeHtml(name)).replaceAll(MANAGE_URL, escapeHtml(url)),
    text: template.text.replaceAll(NAME, name).replaceAll(MANAGE_URL, url),
  };
}

const signUpSelect = {
  id: true,
  status: true,
  registrant: { select: { id: true, name: true, email: true, manageLinkValidFrom: true } },
  session: {
    select: {
      id: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      teamsUrl: true,
      linkVersion: true,
      cancelledAt: true,
      series: { select: { joinTips: true } },
    },
  },
} as const;

/**
 * The Teams-link mails (or corrections) for a batch of outbox rows, each as long as it still
 * applies: the person is still confirmed, the session still on and not over, and the row is of
 * the session's current version. Reads only; one query for the whole batch.
 */
export async function composeLinkMails(db: Db, rows: LinkRow[], now: Date, settings: MailSettings): Promise<Map<string, Composition>> {
  const ids = rows.flatMap((row) => (row.signUpId ? [row.signUpId] : []));
  const signUps = new Map((await db.signUp.findMany({ where: { id: { in: ids } }, select: signUpSelect })).map((s) => [s.id, s]));
  const templates = new Map<string, Promise<{ html: string; text: string }>>();
  const result = new Map<string, Composition>();

  for (const row of rows) {
    const kind = mailKind.extract(["link", "correction"]).parse(row.kind);
    const payload = readPayload(kind, row.payload);
    const signUp = row.signUpId ? signUps.get(row.signUpId) : undefined;
    if (!signUp || signUp.status !== "confirmed") {
      result.set(row.id, { skip: "superseded", reason: "niet (meer) aangemeld" });
      continue;
    }
    const { session, registrant } = signUp;
    if (session.endsAt <= now) {
      result.set(row.id, { skip: "expired", reason: "de sessie was al voorbij" });
      continue;
    }
    if (session.cancelledAt || !session.teamsUrl || payload.linkVersion !== session.linkVersion) {
      result.set(row.id, { skip: "superseded", reason: "de link of de tijd is intussen gewijzigd" });
      continue;
    }
    const correction = kind === "correction";
    const key = `${session.id}:${kind}`;
    if (!templates.has(key)) {
      const props = {
        name: NAME,
        session: { title: session.title, when: when(session) },
        teamsUrl: session.teamsUrl,
        tips: session.series.joinTips.split("\n").filter(Boolean),
        manageUrl: MANAGE_URL,
        contactEmail: settings.contactEmail,
        correction,
      };
      templates.set(key, renderMail(createElement(TeamsLinkEmail, props)));
    }
    const url = mailedManageUrl(registrant, payload.manageLink, settings);
    const mail = fill(await templates.get(key)!, registrant.name, url);
    const attendee = { name: registrant.name, email: registrant.email };
    const attachment = signUpCalendar({ id: signUp.id, sequence: payload.sequence }, session, "REQUEST", attendee, settings, session.teamsUrl);
    const subject = `${correction ? "Gewijzigd: " : ""}de Teams-link voor ${when(session)}: ${session.title}`;
    result.set(row.id, { subject: subject.charAt(0).toUpperCase() + subject.slice(1), ...mail, attachments: [attachment] });
  }
  return result;
}
