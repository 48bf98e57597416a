import { Button, Link, Section, Text } from "@react-email/components";
import { EmailLayout, previewDefaults, styles } from "./layout";

export type TeamsLinkEmailProps = {
  name: string;
  session: { title: string; when: string };
  teamsUrl: string;
  tips: string[];
  manageUrl: string;
  contactEmail: string;
  /** The link or time changed after an earlier link mail, which no longer applies. */
  correction: boolean;
};

export default function TeamsLinkEmail({
  name,
  session,
  teamsUrl,
  tips,
  manageUrl,
  contactEmail,
  correction,
}: TeamsLinkEmailProps) {
  return (
    <EmailLayout
      preview={
        correction
          ? `Let op: gewijzigd. De nieuwe gegevens voor ${session.title}`
          : `Je link voor ${session.title}`
      }
      heading={correction ? "Let op: gewijzigd" : "Je link voor de sessie"}
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      {correction ? (
        <Text style={styles.text}>
          <strong>
            De link of de tijd van deze sessie is gewijzigd. De mail die je eerder kreeg, klopt niet
            meer. Gebruik alleen de gegevens in deze mail.
          </strong>
        </Text>
      ) : (
        <Text style={styles.text}>Fijn dat je meedoet! Hier is de link voor de sessie.</Text>
      )}
      <Text style={styles.text}>
        <strong>{session.title}</strong>
        <br />
        {session.when}
      </Text>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={teamsUrl} style={styles.button}>
          Deelnemen aan de sessie in Teams
        </Button>
      </Section>
      <Text style={styles.text}>
        Werkt de knop niet? Kopieer dan deze link naar je browser:
        <br />
        <Link href={teamsUrl} style={{ ...styles.link, wordBreak: "break-all" }}>
          {teamsUrl}
        </Link>
      </Text>
      <Text style={styles.text}>
        {correction
          ? "In de bijlage vind je de gewijzigde agenda-afspraak. Die vervangt de oude afspraak in je agenda."
          : "In de bijlage vind je de agenda-afspraak, nu met de link erin."}
      </Text>
      <Text style={{ ...styles.text, fontWeight: 600, margin: "0 0 8px" }}>
        Tips om mee te doen:
      </Text>
      <ul style={styles.list}>
        {tips.map((tip) => (
          <li key={tip} style={styles.listItem}>
            {tip}
          </li>
        ))}
      </ul>
    </EmailLayout>
  );
}

TeamsLinkEmail.PreviewProps = {
  ...previewDefaults,
  session: {
    title: "Hoe start je een co-creatie-initiatief?",
    when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
  },
  teamsUrl:
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk0YzQtYjJmMy00ZDc2@thread.v2/0?context=%7b%22Tid%22%3a%22hu%22%7d",
  tips: [
    "Gebruik bij voorkeur je laptop of pc.",
    "Heb je Chrome of Edge? Dan hoef je Microsoft Teams niet te downloaden. Je doet mee via de browser.",
    "Kies voor ‘deelnemen als gast’.",
    "De naam die je opgeeft, kunnen de andere deelnemers zien.",
    "Zet je microfoon en camera uit als je niet aan het woord bent.",
    "Heb je een vraag of opmerking? Zet die in de chat. Dan geeft de moderator je het woord.",
  ],
  correction: false,
} satisfies TeamsLinkEmailProps;
