import { Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, previewJoinUrl, styles } from "./layout";
import { JoinTips, SessionLine } from "./parts";

export type StartingSoonEmailProps = {
  subject: string;
  name: string;
  session: { title: string; when: string };
  joinUrl: string;
  /** "13.00": from then the join page shows the button to Teams. */
  opensAt: string;
  tips: string[];
  manageUrl: string;
  contactEmail: string;
};

export default function StartingSoonEmail({ subject, name, session, joinUrl, opensAt, tips, manageUrl, contactEmail }: StartingSoonEmailProps) {
  return (
    <EmailLayout
      subject={subject}
      preview={`Vanaf ${opensAt} uur kom je via de knop in deze mail in Teams.`}
      heading="De sessie begint bijna"
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      <Text style={styles.text}>Straks begint de online sessie waarvoor je bent aangemeld:</Text>
      <SessionLine session={session} />
      <Text style={styles.text}>
        Met deze knop ga je naar je persoonlijke pagina. Vanaf {opensAt} uur staat daar de knop waarmee je met één klik in
        Teams komt.
      </Text>
      <ActionButton href={joinUrl}>Naar de sessie</ActionButton>
      <JoinTips tips={tips} />
    </EmailLayout>
  );
}

StartingSoonEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Vandaag om 13.30 uur begint: Hoe start je een co-creatie-initiatief?",
  session: { title: "Hoe start je een co-creatie-initiatief?", when: "vrijdag 4 juni 2027, 13.30–14.30 uur" },
  joinUrl: previewJoinUrl,
  opensAt: "13.00",
  tips: ["Kies voor ‘deelnemen als gast’. De naam die je opgeeft is zichtbaar voor andere deelnemers."],
} satisfies StartingSoonEmailProps;
