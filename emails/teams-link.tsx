import { Link, Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, previewJoinUrl, styles } from "./layout";
import { JoinTips, SessionLine } from "./parts";

export type TeamsLinkEmailProps = {
  subject: string;
  name: string;
  session: { title: string; when: string };
  /** The person's own join page: the main way in. */
  joinUrl: string;
  /** The session's Teams link itself, in small print, for when the join page cannot be reached. */
  teamsUrl: string;
  tips: string[];
  manageUrl: string;
  contactEmail: string;
  /** The link or time changed after an earlier link mail, which no longer applies. */
  correction: boolean;
  /** The session moved after the person signed up: this mail also brings the new time. */
  moved: boolean;
};

export default function TeamsLinkEmail({ subject, name, session, joinUrl, teamsUrl, tips, manageUrl, contactEmail, correction, moved }: TeamsLinkEmailProps) {
  return (
    <EmailLayout
      subject={subject}
      preview={
        correction
          ? "De mail die je eerder kreeg, klopt niet meer. Gebruik alleen deze."
          : "Met één knop naar de sessie in Teams, en tips om mee te doen."
      }
      heading={correction ? "Let op: gewijzigd" : "Je link voor de sessie"}
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      {correction ? (
        <Text style={styles.text}>
          <strong>
            De link of de tijd van deze sessie is gewijzigd. De mail die je eerder kreeg, klopt niet meer. Gebruik alleen de
            gegevens in deze mail.
          </strong>
        </Text>
      ) : (
        <Text style={styles.text}>Fijn dat je meedoet! Hier is de link voor de sessie.</Text>
      )}
      {moved && !correction && (
        <Text style={styles.text}>
          <strong>Let op: de sessie is verplaatst.</strong> Hieronder staat de nieuwe tijd.
        </Text>
      )}
      <SessionLine session={session} />
      <Text style={styles.text}>
        Druk op de knop als de sessie bijna begint. Op je persoonlijke pagina kom je dan met één klik in Teams.
      </Text>
      <ActionButton href={joinUrl}>Naar de sessie</ActionButton>
      <Text style={styles.text}>
        {correction
          ? "In de bijlage vind je de gewijzigde agenda-afspraak. Die vervangt de oude afspraak in je agenda."
          : "In de bijlage vind je de agenda-afspraak, met de link naar je persoonlijke pagina."}
      </Text>
      <JoinTips tips={tips} />
      <Text style={styles.small}>
        Werkt de knop niet? Dan kun je ook rechtstreeks naar Teams, met deze link:
        <br />
        <Link href={teamsUrl} style={styles.link}>
          {teamsUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}

TeamsLinkEmail.PreviewProps = {
  ...previewDefaults,
  subject: "De Teams-link voor vrijdag 4 juni 2027, 13.30–14.30 uur: Hoe start je een co-creatie-initiatief?",
  session: { title: "Hoe start je een co-creatie-initiatief?", when: "vrijdag 4 juni 2027, 13.30–14.30 uur" },
  joinUrl: previewJoinUrl,
  teamsUrl:
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk0YzQtYjJmMy00ZDc2LWI0YjQtYTk5ODc2NTQzMjEw%40thread.v2/0?context=%7b%22Tid%22%3a%22hu%22%2c%22Oid%22%3a%2212345678%22%7d",
  tips: [
    "Gebruik bij voorkeur je laptop of pc. Heb je een Windows-laptop of pc met Chrome of Edge? Dan hoef je Microsoft Teams niet te downloaden. Je kunt deelnemen via het web.",
    "Kies voor ‘deelnemen als gast’. De naam die je opgeeft is zichtbaar voor andere deelnemers.",
    "Zet je microfoon en camera uit als je niet aan het woord bent.",
    "Vragen of opmerkingen? Geef het aan via de chat zodat de moderator je aan het woord kan laten.",
  ],
  correction: false,
  moved: false,
} satisfies TeamsLinkEmailProps;
