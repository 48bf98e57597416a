import "server-only";
import { createElement } from "react";
import TeamsLinkEmail from "@/emails/teams-link";
import type { Db } from "../db";
import { mailKind } from "../statuses";
import { joinUrl, mailedManageUrl, signUpCalendar, when, type Composition, type MailSettings } from "./compose-helpers";
import { readPayload } from "./payloads";
import { renderMail } from "./render";
import { tipsOf } from "../text/tips";

type LinkRow = { id: string; kind: string; signUpId: string | null; payload: string };

// Rendering a React template costs milliseconds; ten thousand link mails would take minutes. So each
// session's template is rendered once, with placeholders where a person's own values go, and
// filled in per person: escaped in the HTML part, as typed in the plain-text part.
const NAME = "zzcosienamezz";
const MANAGE_URL = "https://zzcosiemanageurlzz.invalid/";
const JOIN_URL = "https://zzcosiejoinurlzz.invalid/";

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

type Own = { name: string; manageUrl: string; joinUrl: string };

function fill(template: { html: string; text: string }, own: Own) {
  const values: [string, string][] = [[NAME, own.name], [MANAGE_URL, own.manageUrl], [JOIN_URL, own.joinUrl]];
  return {
    html: values.reduce((html, [placeholder, value]) => html.replaceAll(placeholder, escapeHtml(value)), template.html),
    text: values.reduce((text, [placeholder, value]) => text.replaceAll(placeholder, value), template.text),
  };
}

const signUpSelect = {
  id: true,
  status: true,
  requestedAt: true,
  registrant: { select: { id: true, name: true, manageLinkValidFrom: true } },
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
      timeChangedAt: true,
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
    // Who signed up before the session moved learns the new time from this mail (lib/mail/mass-mailing.ts).
    const moved = session.timeChangedAt !== null && signUp.requestedAt < session.timeChangedAt;
    const key = `${session.id}:${kind}:${moved}`;
    const lowercase = `${correction ? "Gewijzigd: " : ""}de Teams-link voor ${when(session)}: ${session.title}`;
    const subject = lowercase.charAt(0).toUpperCase() + lowercase.slice(1);
    if (!templates.has(key)) {
      const props = {
        subject,
        name: NAME,
        session: { title: session.title, when: when(session) },
        joinUrl: JOIN_URL,
        teamsUrl: session.teamsUrl,
        tips: tipsOf(session.series.joinTips),
        manageUrl: MANAGE_URL,
        contactEmail: settings.contactEmail,
        correction,
        moved,
      };
      templates.set(key, renderMail(createElement(TeamsLinkEmail, props)));
    }
    const own = { name: registrant.name, manageUrl: mailedManageUrl(registrant, payload.manageLink, settings), joinUrl: joinUrl(signUp.id, settings) };
    const mail = fill(await templates.get(key)!, own);
    const attachment = signUpCalendar({ id: signUp.id, sequence: payload.sequence }, session, "REQUEST", settings);
    result.set(row.id, { subject, ...mail, attachments: [attachment] });
  }
  return result;
}
