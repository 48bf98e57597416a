import "server-only";
import { createElement } from "react";
import CancellationEmail from "@/emails/cancellation";
import ConfirmationEmail from "@/emails/confirmation";
import ManageLinkEmail from "@/emails/manage-link";
import MovedUpEmail from "@/emails/moved-up";
import type { Db } from "../db";
import type { MailSession } from "@/emails/types";
import {
  linkSoon,
  manageUrl,
  signUpCalendar,
  when,
  type Composition,
  type MailSettings,
} from "./compose-helpers";
import { composeLinkMail } from "./compose-link";
import { renderMail } from "./render";

export type OutboxRow = {
  kind: string;
  registrantId: string | null;
  signUpId: string | null;
  sessionId: string | null;
  payload: string;
};

const sessionFields = { id: true, title: true, description: true, startsAt: true, endsAt: true, teamsUrl: true } as const;
const gone = { skip: "superseded", reason: "de aanmelding bestaat niet meer" } as const;

/** Renders a queued mail as it should read now; mints its manage token and calendar sequence. */
export async function composeMail(db: Db, row: OutboxRow, now: Date, settings: MailSettings): Promise<Composition> {
  const person = row.registrantId
    ? await db.registrant.findUnique({ where: { id: row.registrantId }, select: { id: true, name: true, email: true } })
    : null;
  if (!person) return gone;
  const contactEmail = settings.contactEmail;
  const attendee = { name: person.name, email: person.email };

  switch (row.kind) {
    case "confirmation": {
      const signUps = await db.signUp.findMany({
        where: { registrantId: person.id, status: { in: ["confirmed", "waitlisted"] }, session: { endsAt: { gt: now } } },
        select: { id: true, status: true, session: { select: sessionFields } },
        orderBy: { session: { startsAt: "asc" } },
      });
      if (signUps.length === 0) return { skip: "superseded", reason: "geen actieve aanmeldingen meer" };
      const sessions: MailSession[] = signUps.map(({ status, session }) => ({
        title: session.title,
        when: when(session),
        status: status as MailSession["status"],
        linkSoon: status === "confirmed" && linkSoon(session, now, settings),
      }));
      const attachments = [];
      for (const signUp of signUps.filter((s) => s.status === "confirmed")) {
        attachments.push(await signUpCalendar(db, signUp.id, signUp.session, "REQUEST", attendee, settings));
      }
      const url = await manageUrl(db, person.id, settings);
      const mail = await renderMail(createElement(ConfirmationEmail, { name: person.name, sessions, manageUrl: url, contactEmail }));
      return { subject: "Je aanmelding voor de online sessies over co-creatie", ...mail, attachments };
    }
    case "cancellation": {
      const { signUpIds, byOrganiser } = JSON.parse(row.payload) as { signUpIds: string[]; byOrganiser: boolean };
      const signUps = await db.signUp.findMany({
        where: { id: { in: signUpIds } },
        select: { id: true, session: { select: sessionFields } },
        orderBy: { session: { startsAt: "asc" } },
      });
      if (signUps.length === 0) return gone;
      const attachments = [];
      for (const signUp of signUps) {
        attachments.push(await signUpCalendar(db, signUp.id, signUp.session, "CANCEL", attendee, settings));
      }
      const sessions = signUps.map(({ session }) => ({ title: session.title, when: when(session) }));
      const url = await manageUrl(db, person.id, settings);
      const mail = await renderMail(
        createElement(CancellationEmail, { name: person.name, sessions, manageUrl: url, contactEmail, byOrganiser }),
      );
      const subject = byOrganiser
        ? `Gaat niet door: ${sessions.map((s) => s.title).join(", ")}`
        : `Je bent afgemeld voor ${sessions.length === 1 ? "de online sessie" : `${sessions.length} online sessies`} over co-creatie`;
      return { subject, ...mail, attachments };
    }
    case "moved-up": {
      const signUp = row.signUpId
        ? await db.signUp.findUnique({ where: { id: row.signUpId }, select: { id: true, status: true, session: { select: sessionFields } } })
        : null;
      if (signUp?.status !== "confirmed") return gone;
      const session = { title: signUp.session.title, when: when(signUp.session), status: "confirmed" as const, linkSoon: linkSoon(signUp.session, now, settings) };
      const attachment = await signUpCalendar(db, signUp.id, signUp.session, "REQUEST", attendee, settings);
      const url = await manageUrl(db, person.id, settings);
      const mail = await renderMail(createElement(MovedUpEmail, { name: person.name, session, manageUrl: url, contactEmail }));
      return { subject: `Er is een plek vrij: je bent aangemeld voor ‘${session.title}’`, ...mail, attachments: [attachment] };
    }
    case "manage-link": {
      const url = await manageUrl(db, person.id, settings);
      const mail = await renderMail(createElement(ManageLinkEmail, { name: person.name, manageUrl: url, contactEmail }));
      return { subject: "Je persoonlijke link voor de online sessies over co-creatie", ...mail, attachments: [] };
    }
    case "link":
    case "correction":
      return composeLinkMail(db, row, person, now, settings);
    default:
      throw new Error(`Unknown mail kind: ${row.kind}`);
  }
}
