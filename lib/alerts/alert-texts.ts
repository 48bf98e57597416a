import type { AlertEmailProps } from "@/emails/alert";
import { formatDate, formatDateTime, formatSessionTime } from "../time";
import { stepLabel } from "./step-labels";

// What each alert says, in plain Dutch: what is wrong, by when, and where to act.

export type AlertText = Omit<AlertEmailProps, "contactEmail">;

const ORGANISER = "Je krijgt deze mail omdat je organisator bent van de online sessies.";
const HOUR_MS = 60 * 60 * 1000;

type Session = { id: string; title: string; startsAt: Date; endsAt: Date };

export function missingLinkText(session: Session, deadline: Date, near: boolean, now: Date, appUrl: string): AlertText {
  const by = `${formatDateTime(deadline)} uur`;
  const hoursLeft = Math.max(0, Math.round((deadline.getTime() - now.getTime()) / HOUR_MS));
  const urgency =
    now >= deadline
      ? `De deelnemers hadden de link uiterlijk ${by} moeten krijgen. Zet de link zo snel mogelijk klaar: dan krijgen ze hem binnen een paar minuten.`
      : `De deelnemers moeten de link uiterlijk ${by} hebben${near ? `, over ongeveer ${hoursLeft} uur` : ""}. Zet de link daarom zo snel mogelijk klaar.`;
  return {
    subject: `${near ? "Nog steeds geen" : "Geen"} Teams-link: ${session.title}`,
    preview: `Zet de Teams-link klaar vóór ${by}.`,
    paragraphs: [`De sessie ‘${session.title}’ op ${formatSessionTime(session.startsAt, session.endsAt)} heeft nog geen Teams-link.`, urgency],
    action: { href: `${appUrl}/admin/sessies/${session.id}`, label: "Teams-link klaarzetten" },
    reason: ORGANISER,
  };
}

export function failedMailsText(count: number, appUrl: string): AlertText {
  const mails = count === 1 ? "1 mail is" : `${count} mails zijn`;
  return {
    subject: `${mails} niet aangekomen`,
    preview: "Kijk in het mailoverzicht wie de mail niet kreeg.",
    paragraphs: [
      `${mails} definitief mislukt. De mailserver weigerde ${count === 1 ? "hem" : "ze"}, of ${count === 1 ? "hij kwam" : "ze kwamen"} ook na veel pogingen niet aan. We proberen het niet meer.`,
      "In het mailoverzicht zie je om welke mails het gaat en waarom ze mislukten. Vaak is het e-mailadres verkeerd gespeld.",
    ],
    action: { href: `${appUrl}/admin/mail?status=failed`, label: "Mislukte mails bekijken" },
    reason: `${ORGANISER} Je krijgt hooguit één zo'n mail per uur.`,
  };
}

export function stepText(step: string, since: Date, recovered: boolean, error: string, appUrl: string): AlertText {
  const from = `${formatDateTime(since)} uur`;
  const what = stepLabel(step);
  return {
    subject: recovered ? `Opgelost: ${what} lukt weer` : `Er gaat iets mis: ${what} lukt niet`,
    preview: recovered ? "Je hoeft niets te doen." : "Vraag de beheerder van de server om te kijken.",
    paragraphs: recovered
      ? [`Sinds ${from} lukte het niet om ${what}. Nu lukt het weer. Je hoeft niets te doen.`]
      : [
          `Sinds ${from} lukt het de site niet om ${what}. De rest van het werk gaat gewoon door.`,
          "Vraag de beheerder van de server om te kijken. Geef deze gegevens door:",
        ],
    items: [`Taak: ${step}`, ...(recovered || !error ? [] : [`Foutmelding: ${error}`])],
    action: { href: `${appUrl}/admin`, label: "Naar het overzicht" },
    reason: ORGANISER,
  };
}

type Counted = { title: string; signUps: number; cancellations: number };

const times = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function dailySummaryText(day: Date, sessions: Counted[], appUrl: string): AlertText {
  return {
    subject: `Dagoverzicht ${formatDate(day)}`,
    preview: "Nieuwe aanmeldingen en afmeldingen sinds gisteren 08.00 uur.",
    paragraphs: ["Dit veranderde er sinds gisteren 08.00 uur in de aanmeldingen:"],
    items: sessions.map(
      (s) => `${s.title}: ${times(s.signUps, "nieuwe aanmelding", "nieuwe aanmeldingen")}, ${times(s.cancellations, "afmelding", "afmeldingen")}`,
    ),
    action: { href: `${appUrl}/admin/aanmeldingen`, label: "Aanmeldingen bekijken" },
    reason: "Je krijgt dit overzicht omdat je het hebt aangezet. Uitzetten doe je bij Organisatoren in het beheer.",
  };
}
