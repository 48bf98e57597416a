import { Link, Text } from "@react-email/components";
import { calendarLinks } from "@/lib/calendar-links";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";
import { CalendarWebLinks } from "./parts";
import { LINK_TIMING_TEXT } from "@/lib/teams-link-rule";
import type { MailSession } from "./types";

export type ConfirmationEmailProps = {
  subject: string;
  name: string;
  /** Every session the address now holds: a repeat sign-up gets this same overview. */
  sessions: MailSession[];
  manageUrl: string;
  /** The confirmation step of the manage page where one button deletes everything. */
  eraseUrl: string;
  contactEmail: string;
  /** Whether calendar files are attached: not for a place whose Teams-link mail brought its own. */
  calendarFiles: boolean;
};

const statusText: Record<MailSession["status"], string> = {
  confirmed: "aangemeld",
  waitlisted: "op de wachtlijst",
};

const count = (n: number) => (n === 1 ? "1 sessie" : `${n} sessies`);
const waitingCount = (sessions: MailSession[]) => sessions.filter((session) => session.status === "waitlisted").length;

/** A place on the waiting list is no place: a mail that brings one says "wachtlijst" first. */
export function confirmationSubject(sessions: MailSession[]): string {
  const waiting = waitingCount(sessions);
  if (waiting === 0) return "Je aanmelding voor de online sessies over co-creatie";
  if (waiting === sessions.length) return `Wachtlijst voor ${waiting === 1 ? "de online sessie" : `${waiting} online sessies`} over co-creatie`;
  return `Wachtlijst voor ${count(waiting)} en aangemeld voor ${count(sessions.length - waiting)}: online sessies over co-creatie`;
}

/** What the preheader adds to the subject: how many places, and what the mail brings. */
function preheader(sessions: MailSession[], calendarFiles: boolean): string {
  const waiting = waitingCount(sessions);
  const confirmed = sessions.length - waiting;
  const parts = [
    waiting > 0 ? `Je staat op de wachtlijst voor ${count(waiting)}` : "",
    confirmed > 0 ? `${waiting > 0 ? "je bent" : "Je bent"} aangemeld voor ${count(confirmed)}` : "",
  ].filter(Boolean);
  return `${parts.join(" en ")}. ${calendarFiles ? "Met je agenda-afspraken en je persoonlijke link." : "Met je persoonlijke link."}`;
}

function opening(sessions: MailSession[]): { heading: string; lead: string } {
  const waiting = waitingCount(sessions);
  if (waiting === 0) return { heading: "Bedankt voor je aanmelding", lead: "Je bent aangemeld voor:" };
  if (waiting === sessions.length) return { heading: "Je staat op de wachtlijst", lead: "Je staat op de wachtlijst voor:" };
  return { heading: "Wachtlijst en aanmelding", lead: "Voor een of meer sessies sta je op de wachtlijst. Je aanmelding:" };
}

export default function ConfirmationEmail({
  subject,
  name,
  sessions,
  manageUrl,
  eraseUrl,
  contactEmail,
  calendarFiles,
}: ConfirmationEmailProps) {
  const { heading, lead } = opening(sessions);
  return (
    <EmailLayout
      subject={subject}
      preview={preheader(sessions, calendarFiles)}
      heading={heading}
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      <Text style={styles.text}>{lead}</Text>
      <ul style={styles.list}>
        {sessions.map((session) => (
          <li key={`${session.title}|${session.when}`} style={styles.listItem}>
            <strong>{session.title}</strong>
            <br />
            {session.when}
            <br />
            Status: {statusText[session.status]}
            <br />
            {session.status === "waitlisted"
              ? "Komt er een plek vrij? Dan krijg je een mail."
              : LINK_TIMING_TEXT[session.linkTiming]}
            {session.calendar && (
              <>
                <br />
                <CalendarWebLinks links={session.calendar} />
              </>
            )}
          </li>
        ))}
      </ul>
      {calendarFiles && (
        <Text style={styles.text}>
          In de bijlage vind je voor elke sessie waarvoor je bent aangemeld een agenda-afspraak.
        </Text>
      )}
      <Text style={styles.text}>Wil je je aanmelding bekijken of je afmelden? Dat kan hier:</Text>
      <ActionButton href={manageUrl}>Mijn aanmelding bekijken</ActionButton>
      <Text style={{ ...styles.text, fontWeight: 700, margin: "0 0 8px" }}>Heb je je niet zelf aangemeld?</Text>
      <Text style={styles.text}>
        Dan heeft iemand anders je e-mailadres ingevuld. Open deze link en druk op de knop. Dan verwijderen we alles over
        jou: <Link href={eraseUrl} style={styles.link}>{eraseUrl}</Link>
      </Text>
    </EmailLayout>
  );
}

ConfirmationEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Je aanmelding voor de online sessies over co-creatie",
  eraseUrl: `${previewDefaults.manageUrl}/verwijderen`,
  calendarFiles: true,
  sessions: [
    {
      title: "Hoe start je een co-creatie-initiatief?",
      when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
      status: "confirmed",
      linkTiming: "by-deadline",
      calendar: calendarLinks(
        { number: 1, title: "Hoe start je een co-creatie-initiatief?", startsAt: new Date("2027-06-04T11:30:00Z"), endsAt: new Date("2027-06-04T12:30:00Z") },
        "https://sessies.example.nl",
      ),
    },
    {
      title: "Community reporting als co-creatiemethodiek",
      when: "vrijdag 11 juni 2027, 13.30–14.30 uur",
      status: "waitlisted",
      linkTiming: "by-deadline",
    },
  ],
} satisfies ConfirmationEmailProps;
