import "server-only";
import { createElement } from "react";
import CancellationEmail from "@/emails/cancellation";
import ConfirmationEmail, { confirmationSubject } from "@/emails/confirmation";
import ManageLinkEmail from "@/emails/manage-link";
import MovedUpEmail from "@/emails/moved-up";
import type { MailSession } from "@/emails/types";
import { calendarLinks } from "../calendar-links";
import type { Db } from "../db";
import { composeAlert } from "../alerts/compose-alert";
import { ACTIVE_STATUSES, isAlertKind, mailKind, signUpStatus } from "../statuses";
import { linkSessionOf, linkTiming } from "../teams-link-rule";
import { mailedManageUrl, signUpCalendar, when, type Composition, type MailSettings } from "./compose-helpers";
import { composeLinkMails } from "./compose-link";
import { composeOrganiserMail } from "./compose-organiser";
import { composeSessionMail } from "./compose-session";
import { readPayload, type CancellationReason } from "./payloads";
import { renderMail } from "./render";

export type OutboxRow = { id: string; kind: string; registrantId: string | null; signUpId: string | null; payload: string };

const sessionFields = { number: true, title: true, description: true, startsAt: true, endsAt: true, teamsUrl: true, cancelledAt: true } as const;
const gone = { skip: "superseded", reason: "de aanmelding bestaat niet meer" } as const;

function cancellationSubject(reason: CancellationReason, sessions: { title: string }[]): string {
  const titles = sessions.map((s) => s.title).join(", ");
  if (reason === "session-cancelled") return `Gaat niet door: ${titles}`;
  if (reason === "organiser") return `Je aanmelding is geannuleerd door de organisatie: ${titles}`;
  return `Je bent afgemeld voor ${sessions.length === 1 ? "de online sessie" : `${sessions.length} online sessies`} over co-creatie`;
}

/**
 * Renders a queued mail as it should read now. It only reads: whatever must stay the same across
 * retries was fixed in the payload when the mail was queued, and personal links are derived.
 */
export async function composeMail(db: Db, row: OutboxRow, now: Date, settings: MailSettings): Promise<Composition> {
  const kind = mailKind.parse(row.kind);
  // Alerts go to organisers, who are no registrants.
  if (isAlertKind(kind)) return composeAlert(db, { kind, payload: row.payload }, now, settings);
  // An organiser's mail belongs to no registrant.
  if (kind === "invitation" || kind === "password-reset") return composeOrganiserMail(db, { kind, payload: row.payload }, now, settings);
  const person = row.registrantId
    ? await db.registrant.findUnique({ where: { id: row.registrantId }, select: { id: true, name: true, email: true, manageLinkValidFrom: true } })
    : null;
  if (!person) return gone;
  const { contactEmail } = settings;
  // The manage link at the version fixed when the mail was queued (lib/mail/compose-helpers.ts).
  const linkOf = (payload: { manageLink: number }) => mailedManageUrl(person, payload.manageLink, settings);

  switch (kind) {
    case "confirmation": {
      const payload = readPayload(kind, row.payload);
      const queued = payload.signUps;
      const sequences = new Map(queued.map((s) => [s.signUpId, s.sequence]));
      const signUps = await db.signUp.findMany({
        where: { id: { in: [...sequences.keys()] }, status: { in: ACTIVE_STATUSES }, session: { endsAt: { gt: now } } },
        select: { id: true, status: true, session: { select: sessionFields } },
        orderBy: { session: { startsAt: "asc" } },
      });
      if (signUps.length === 0) return { skip: "superseded", reason: "geen actieve aanmeldingen meer" };
      const sessions: MailSession[] = signUps.map(({ status, session }) => ({
        title: session.title,
        when: when(session),
        status: signUpStatus.exclude(["cancelled"]).parse(status),
        linkTiming: linkTiming(linkSessionOf(session), now, settings),
        ...(status === "confirmed" ? { calendar: calendarLinks(session, settings.appUrl) } : {}),
      }));
      const attachments = signUps.flatMap(({ id, status, session }) => {
        const sequence = sequences.get(id);
        // Someone who moved up since this was queued got their calendar file with that mail, and a
        // place whose link mail was already queued has its file from that mail (lib/mail/queue.ts).
        return status === "confirmed" && sequence != null ? [signUpCalendar({ id, sequence }, session, "REQUEST", settings)] : [];
      });
      const manage = linkOf(payload);
      const subject = confirmationSubject(sessions);
      const mail = await renderMail(
        createElement(ConfirmationEmail, {
          subject,
          name: person.name,
          sessions,
          manageUrl: manage,
          eraseUrl: `${manage}/verwijderen`,
          contactEmail,
          calendarFiles: attachments.length > 0,
        }),
      );
      return { subject, ...mail, attachments };
    }
    case "cancellation": {
      const payload = readPayload(kind, row.payload);
      const { signUps: queued, reason } = payload;
      const sequences = new Map(queued.map((s) => [s.signUpId, s.sequence]));
      const signUps = await db.signUp.findMany({
        where: { id: { in: [...sequences.keys()] } },
        select: { id: true, session: { select: sessionFields } },
        orderBy: { session: { startsAt: "asc" } },
      });
      if (signUps.length === 0) return gone;
      const attachments = signUps.map(({ id, session }) =>
        signUpCalendar({ id, sequence: sequences.get(id)! }, session, "CANCEL", settings),
      );
      const sessions = signUps.map(({ session }) => ({ title: session.title, when: when(session) }));
      const subject = cancellationSubject(reason, sessions);
      const mail = await renderMail(
        createElement(CancellationEmail, { subject, name: person.name, sessions, manageUrl: linkOf(payload), contactEmail, reason }),
      );
      return { subject, ...mail, attachments };
    }
    case "moved-up": {
      const payload = readPayload(kind, row.payload);
      const { sequence } = payload;
      const signUp = row.signUpId
        ? await db.signUp.findUnique({ where: { id: row.signUpId }, select: { id: true, status: true, session: { select: sessionFields } } })
        : null;
      if (signUp?.status !== "confirmed") return gone;
      const session = {
        title: signUp.session.title,
        when: when(signUp.session),
        status: "confirmed" as const,
        linkTiming: linkTiming(linkSessionOf(signUp.session), now, settings),
      };
      const attachment = signUpCalendar({ id: signUp.id, sequence }, signUp.session, "REQUEST", settings);
      const subject = `Er is een plek vrij: je bent aangemeld voor ‘${session.title}’`;
      const mail = await renderMail(createElement(MovedUpEmail, { subject, name: person.name, session, manageUrl: linkOf(payload), contactEmail }));
      return { subject, ...mail, attachments: [attachment] };
    }
    case "manage-link": {
      const url = linkOf(readPayload(kind, row.payload));
      const subject = "Je persoonlijke link voor de online sessies over co-creatie";
      const mail = await renderMail(createElement(ManageLinkEmail, { subject, name: person.name, manageUrl: url, contactEmail }));
      return { subject, ...mail, attachments: [] };
    }
    case "link":
    case "correction":
      return (await composeLinkMails(db, [row], now, settings)).get(row.id)!;
    default:
      return composeSessionMail(db, { ...row, kind }, person, now, settings);
  }
}
