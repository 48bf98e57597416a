import { Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";
import { SessionLine } from "./parts";

export type TimeChangeEmailProps = {
  subject: string;
  name: string;
  session: { title: string; when: string };
  status: "confirmed" | "waitlisted";
  /** An updated calendar file is attached: only for a place that had one. */
  calendarFile: boolean;
  manageUrl: string;
  contactEmail: string;
};

export default function TimeChangeEmail({ subject, name, session, status, calendarFile, manageUrl, contactEmail }: TimeChangeEmailProps) {
  return (
    <EmailLayout
      subject={subject}
      preview={`De sessie is nu op ${session.when}.`}
      heading="De sessie heeft een nieuwe tijd"
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      <Text style={styles.text}>De organisatoren hebben de tijd van deze sessie veranderd. De nieuwe tijd is:</Text>
      <SessionLine session={session} />
      {status === "confirmed" ? (
        <Text style={styles.text}>
          Je bent nog steeds aangemeld.
          {calendarFile && " In de bijlage vind je de gewijzigde agenda-afspraak. Die vervangt de oude afspraak in je agenda."}
        </Text>
      ) : (
        <Text style={styles.text}>Je staat nog steeds op de wachtlijst. Komt er een plek vrij, dan krijg je een mail.</Text>
      )}
      <Text style={styles.text}>Kun je op de nieuwe tijd niet? Meld je dan af. Dan kan iemand anders meedoen.</Text>
      <ActionButton href={manageUrl}>Aanmelding bekijken of afmelden</ActionButton>
    </EmailLayout>
  );
}

TimeChangeEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Nieuwe tijd: Hoe start je een co-creatie-initiatief?",
  session: { title: "Hoe start je een co-creatie-initiatief?", when: "vrijdag 4 juni 2027, 14.00–15.00 uur" },
  status: "confirmed",
  calendarFile: true,
} satisfies TimeChangeEmailProps;
