import { Link, Text } from "@react-email/components";
import { EmailLayout, previewDefaults, styles } from "./layout";

export type CancellationEmailProps = {
  name: string;
  sessions: { title: string; when: string }[];
  manageUrl: string;
  contactEmail: string;
  /** The organiser called off the whole session, rather than the person signing off. */
  byOrganiser?: boolean;
};

export default function CancellationEmail({
  name,
  sessions,
  manageUrl,
  contactEmail,
  byOrganiser = false,
}: CancellationEmailProps) {
  const several = sessions.length > 1;
  // The manage link lives on the site itself, so its origin is the sign-up page's home.
  const siteUrl = new URL(manageUrl).origin;
  return (
    <EmailLayout
      preview={byOrganiser ? "Een sessie gaat niet door" : "Je bent afgemeld"}
      heading={
        byOrganiser
          ? several
            ? "Sessies gaan niet door"
            : "Sessie gaat niet door"
          : "Je bent afgemeld"
      }
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      {byOrganiser && (
        <Text style={styles.text}>
          {several ? "Deze sessies gaan" : "Deze sessie gaat"} helaas niet door. Sorry daarvoor.
        </Text>
      )}
      <Text style={styles.text}>Je bent niet meer aangemeld voor:</Text>
      <ul style={styles.list}>
        {sessions.map((session) => (
          <li key={`${session.title}|${session.when}`} style={styles.listItem}>
            <strong>{session.title}</strong>
            <br />
            {session.when}
          </li>
        ))}
      </ul>
      <Text style={styles.text}>Open de bijlage om de afspraak uit je agenda te halen.</Text>
      <Text style={styles.text}>
        {byOrganiser
          ? "Je kunt je wel aanmelden voor een andere sessie. Dat kan op de website:"
          : "Wil je toch meedoen? Meld je dan opnieuw aan op de website:"}{" "}
        <Link href={siteUrl} style={styles.link}>
          {siteUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}

CancellationEmail.PreviewProps = {
  ...previewDefaults,
  sessions: [
    {
      title: "Hoe start je een co-creatie-initiatief?",
      when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
    },
  ],
  byOrganiser: false,
} satisfies CancellationEmailProps;
