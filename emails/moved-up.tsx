import { Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";
import { LINK_TIMING_TEXT } from "@/lib/teams-link-rule";
import type { MailSession } from "./types";

export type MovedUpEmailProps = {
  subject: string;
  name: string;
  session: MailSession;
  manageUrl: string;
  contactEmail: string;
};

export default function MovedUpEmail({
  subject,
  name,
  session,
  manageUrl,
  contactEmail,
}: MovedUpEmailProps) {
  return (
    <EmailLayout
      subject={subject}
      preview={`Je stond op de wachtlijst. De sessie is op ${session.when}; de agenda-afspraak zit in de bijlage.`}
      heading="Goed nieuws: er is een plek vrij"
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      <Text style={styles.text}>
        Er is een plek vrijgekomen. Je stond op de wachtlijst en bent nu aangemeld voor:
      </Text>
      <Text style={styles.text}>
        <strong>{session.title}</strong>
        <br />
        {session.when}
      </Text>
      <Text style={styles.text}>{LINK_TIMING_TEXT[session.linkTiming]}</Text>
      <Text style={styles.text}>In de bijlage vind je een agenda-afspraak voor deze sessie.</Text>
      <Text style={styles.text}>
        Kun je toch niet komen? Meld je dan af. Dan krijgt iemand anders je plek.
      </Text>
      <ActionButton href={manageUrl}>Aanmelding bekijken of afmelden</ActionButton>
    </EmailLayout>
  );
}

MovedUpEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Er is een plek vrij: je bent aangemeld voor ‘Community reporting als co-creatiemethodiek’",
  session: {
    title: "Community reporting als co-creatiemethodiek",
    when: "vrijdag 11 juni 2027, 13.30–14.30 uur",
    status: "confirmed",
    linkTiming: "by-deadline",
  },
} satisfies MovedUpEmailProps;
