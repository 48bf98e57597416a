import "server-only";
import { createElement } from "react";
import FollowUpEmail from "@/emails/follow-up";
import MessageEmail from "@/emails/message";
import StartingSoonEmail from "@/emails/starting-soon";
import TimeChangeEmail from "@/emails/time-change";
import { getNextSessionFor, toFollowUpContent } from "../data/follow-up";
import { aroundSessionSelect } from "../data/join-page";
import type { Db } from "../db";
import { evaluationClosesAt, joinOpensAt } from "../session-timeline";
import { signUpStatus, type AlertKind, type MailKind } from "../statuses";
import { amsterdamDaysBetween, formatDate, formatDayMonth, formatTime } from "../time";
import { sessionPageUrl } from "../public-paths";
import { joinUrl, mailedManageUrl, signUpCalendar, when, type Composition, type MailSettings } from "./compose-helpers";
import { readPayload } from "./payloads";
import { renderMail } from "./render";
import { tipsOf } from "../text/tips";

// The mails around one session of one sign-up: "starting soon", a new time, the follow-up and an
// organiser's message. Like every composition, this only reads.

type Row = { id: string; kind: Exclude<MailKind, "confirmation" | "cancellation" | "moved-up" | "manage-link" | "link" | "correction" | AlertKind | "invitation" | "password-reset">; signUpId: string | null; payload: string };
type Person = { id: string; name: string; manageLinkValidFrom: number };

const signUpSelect = { id: true, status: true, session: { select: aroundSessionSelect } } as const;

const superseded = (reason: string) => ({ skip: "superseded", reason }) as const;
const expired = (reason: string) => ({ skip: "expired", reason }) as const;

/** "Vandaag om 13.30 uur begint", "Morgen om …", "Op vrijdag 4 juni om …": "vandaag" only on the same Amsterdam date. */
export function startingSoonSubject(session: { title: string; startsAt: Date }, now: Date): string {
  const days = amsterdamDaysBetween(now, session.startsAt);
  const day = days === 0 ? "Vandaag" : days === 1 ? "Morgen" : `Op ${formatDayMonth(session.startsAt)}`;
  return `${day} om ${formatTime(session.startsAt)} uur begint: ${session.title}`;
}

export async function composeSessionMail(db: Db, row: Row, person: Person, now: Date, settings: MailSettings): Promise<Composition> {
  const signUp = row.signUpId ? await db.signUp.findUnique({ where: { id: row.signUpId }, select: signUpSelect }) : null;
  if (!signUp) return superseded("de aanmelding bestaat niet meer");
  const { session } = signUp;
  if (session.cancelledAt) return superseded("de sessie gaat niet door");
  const status = signUpStatus.parse(signUp.status);
  const base = { name: person.name, session: { title: session.title, when: when(session) }, contactEmail: settings.contactEmail };
  const manageUrl = (version: number) => mailedManageUrl(person, version, settings);
  const tips = tipsOf(session.series.joinTips);

  switch (row.kind) {
    case "starting-soon": {
      const payload = readPayload(row.kind, row.payload);
      if (status !== "confirmed") return superseded("niet (meer) aangemeld");
      if (session.startsAt.getTime() !== payload.startsAt) return superseded("de tijd is intussen gewijzigd");
      if (now >= session.startsAt) return expired("de sessie was al begonnen");
      const subject = startingSoonSubject(session, now);
      const opensAt = formatTime(joinOpensAt(session, settings));
      const props = { ...base, subject, joinUrl: joinUrl(signUp.id, settings), opensAt, tips, manageUrl: manageUrl(payload.manageLink) };
      return { subject, ...(await renderMail(createElement(StartingSoonEmail, props))), attachments: [] };
    }
    case "time-change": {
      const payload = readPayload(row.kind, row.payload);
      if (status === "cancelled") return superseded("niet (meer) aangemeld");
      if (session.endsAt <= now) return expired("de sessie was al voorbij");
      if (payload.timeVersion !== session.timeVersion) return superseded("de tijd is daarna nog eens gewijzigd");
      const calendarFile = status === "confirmed" && payload.sequence !== null;
      const subject = `Nieuwe tijd: ${session.title}`;
      const props = { ...base, subject, status, calendarFile, manageUrl: manageUrl(payload.manageLink) };
      const attachments = calendarFile ? [signUpCalendar({ id: signUp.id, sequence: payload.sequence! }, session, "REQUEST", settings)] : [];
      return { subject, ...(await renderMail(createElement(TimeChangeEmail, props))), attachments };
    }
    case "thank-you":
    case "missed": {
      const followUp = toFollowUpContent(session.followUp);
      if (!followUp.enabled) return superseded("de organisatie zette de follow-up uit");
      const closes = evaluationClosesAt(session);
      if (now >= closes) return expired("de evaluatie was al gesloten");
      const attended = row.kind === "thank-you";
      const next = attended ? null : await getNextSessionFor(db, session.seriesId, person.id, now);
      const subject = attended ? `Bedankt voor je komst: ${session.title}` : `We hebben je gemist bij ‘${session.title}’`;
      const props = {
        ...base,
        subject,
        attended,
        text: followUp.text,
        links: followUp.links,
        evaluationUrl: `${joinUrl(signUp.id, settings)}/evaluatie`,
        evaluationUntil: `${formatDate(closes)}, ${formatTime(closes)} uur`,
        next: next && { title: next.title, when: when(next), url: sessionPageUrl(settings.appUrl, next) },
      };
      return { subject, ...(await renderMail(createElement(FollowUpEmail, props))), attachments: [] };
    }
    case "message": {
      const payload = readPayload(row.kind, row.payload);
      if (status === "cancelled") return superseded("niet (meer) aangemeld");
      const mailing = await db.massMailing.findUnique({ where: { id: payload.mailingId }, select: { subject: true, body: true } });
      if (!mailing?.subject || !mailing.body) return superseded("het bericht bestaat niet meer");
      const props = { ...base, subject: mailing.subject, body: mailing.body, manageUrl: manageUrl(payload.manageLink) };
      return { subject: mailing.subject, ...(await renderMail(createElement(MessageEmail, props))), attachments: [] };
    }
  }
}
