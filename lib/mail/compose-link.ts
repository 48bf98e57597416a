import "server-only";
import { createElement } from "react";
import TeamsLinkEmail from "@/emails/teams-link";
import type { Db } from "../db";
import { manageUrl, signUpCalendar, when, type Composition, type MailSettings } from "./compose-helpers";
import type { Payload } from "./payloads";
import { renderMail } from "./render";

type LinkRow = { kind: "link" | "correction"; signUpId: string | null; payload: Payload<"link"> };
type Person = { id: string; name: string; email: string };

/**
 * The Teams-link mail (or its correction) for one sign-up, as long as it still applies: the
 * person is still confirmed, the session still on and not over, and this is its current version.
 */
export async function composeLinkMail(db: Db, row: LinkRow, person: Person, now: Date, settings: MailSettings): Promise<Composition> {
  const signUp = row.signUpId
    ? await db.signUp.findUnique({
        where: { id: row.signUpId },
        select: {
          id: true,
          status: true,
          session: {
            select: {
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
        },
      })
    : null;
  if (!signUp || signUp.status !== "confirmed") return { skip: "superseded", reason: "niet (meer) aangemeld" };
  const { session } = signUp;
  if (session.endsAt <= now) return { skip: "expired", reason: "de sessie was al voorbij" };
  if (session.cancelledAt || !session.teamsUrl || row.payload.linkVersion !== session.linkVersion) {
    return { skip: "superseded", reason: "de link of de tijd is intussen gewijzigd" };
  }

  const correction = row.kind === "correction";
  const attendee = { name: person.name, email: person.email };
  const attachment = signUpCalendar({ id: signUp.id, sequence: row.payload.sequence }, session, "REQUEST", attendee, settings);
  const mail = await renderMail(
    createElement(TeamsLinkEmail, {
      name: person.name,
      session: { title: session.title, when: when(session) },
      teamsUrl: session.teamsUrl,
      tips: session.series.joinTips.split("\n").filter(Boolean),
      manageUrl: manageUrl({ id: person.id, manageLinkVersion: row.payload.manageLink }, settings),
      contactEmail: settings.contactEmail,
      correction,
    }),
  );
  const subject = `${correction ? "Gewijzigd: " : ""}de Teams-link voor ${when(session)}: ${session.title}`;
  return { subject: subject.charAt(0).toUpperCase() + subject.slice(1), ...mail, attachments: [attachment] };
}
