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

/** What the preheader adds to the subject: how many places, and what the mail brings. */
function preheader(sessions: MailSession[], calendarFiles: boolean): string {
  const confirmed = sessions.filter((session) => session.status === "confirmed").length;
  const waiting = sessions.length - confirmed;
  const parts = [
    confirmed > 0 ? `Je bent aangemeld voor ${confirmed === 1 ? "1 sessie" : `${confirmed} sessies`}` : "",
    waiting > 0 ? `${confirmed > 0 ? "je staat" : "Je staat"} op de wachtlijst voor ${waiting === 1 ? "1 sessie" : `${waiting} sessies`}` : "",
  ].filter(Boolean);
  return `${parts.join(" en ")}. ${calendarFiles ? "Met je agenda-afspraken en je persoonlijke link." : "Met je persoonlijke link."}`;
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
  return (
    <EmailLayout
      subject={subject}
      preview={preheader(sessions, calendarFiles)}
      heading="Bedankt voor je aanmelding"
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      <Text style={styles.text}>Je bent aangemeld voor:</Text>
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
