import { Link, Text } from "@react-email/components";
import type { CancellationReason } from "@/lib/mail/payloads";
import { EmailLayout, previewDefaults, styles } from "./layout";

export type CancellationEmailProps = {
  subject: string;
  name: string;
  sessions: { title: string; when: string }[];
  manageUrl: string;
  contactEmail: string;
  /** Who cancelled: the person, an organiser (the session goes ahead), or the organisers called the session off. */
  reason: CancellationReason;
};

const HEADING: Record<CancellationReason, (several: boolean) => string> = {
  self: () => "Je bent afgemeld",
  organiser: () => "Je aanmelding is geannuleerd",
  "session-cancelled": (several) => (several ? "Sessies gaan niet door" : "Sessie gaat niet door"),
};

// What the preheader adds to the subject, which already says what was cancelled.
const PREHEADER: Record<CancellationReason, string> = {
  self: "Open de bijlage om de afspraak uit je agenda te halen. Opnieuw aanmelden kan altijd.",
  organiser: "Dat besloot de organisatie. De bijlage haalt de afspraak uit je agenda.",
  "session-cancelled": "Dat besloot de organisatie. De bijlage haalt de afspraak uit je agenda.",
};

export default function CancellationEmail({ subject, name, sessions, manageUrl, contactEmail, reason }: CancellationEmailProps) {
  const several = sessions.length > 1;
  // The manage link lives on the site itself, so its origin is the sign-up page's home.
  const siteUrl = new URL(manageUrl).origin;
  const contact = (
    <Link href={`mailto:${contactEmail}`} style={styles.link}>
      {contactEmail}
    </Link>
  );
  return (
    <EmailLayout subject={subject} preview={PREHEADER[reason]} heading={HEADING[reason](several)} manageUrl={manageUrl} contactEmail={contactEmail}>
      <Text style={styles.text}>Hallo {name},</Text>
      {reason === "organiser" && (
        <Text style={styles.text}>De organisatoren van de online sessies hebben je aanmelding geannuleerd.</Text>
      )}
      {reason === "session-cancelled" && (
        <Text style={styles.text}>
          De organisatoren hebben besloten dat {several ? "deze sessies niet doorgaan" : "deze sessie niet doorgaat"}. Sorry
          daarvoor.
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
      {reason === "organiser" && (
        <Text style={styles.text}>{several ? "De sessies zelf gaan wel door." : "De sessie zelf gaat wel door."}</Text>
      )}
      <Text style={styles.text}>Open de bijlage om de afspraak uit je agenda te halen.</Text>
      {reason === "organiser" ? (
        <Text style={styles.text}>Heb je een vraag hierover, of denk je dat dit niet klopt? Mail dan naar {contact}.</Text>
      ) : (
        <Text style={styles.text}>
          {reason === "session-cancelled"
            ? "Je kunt je wel aanmelden voor een andere sessie. Dat kan op de website:"
            : "Wil je toch meedoen? Meld je dan opnieuw aan op de website:"}{" "}
          <Link href={siteUrl} style={styles.link}>
            {siteUrl}
          </Link>
        </Text>
      )}
      {reason === "session-cancelled" && <Text style={styles.text}>Heb je een vraag hierover? Mail dan naar {contact}.</Text>}
    </EmailLayout>
  );
}

CancellationEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Je bent afgemeld voor de online sessie over co-creatie",
  sessions: [
    {
      title: "Hoe start je een co-creatie-initiatief?",
      when: "vrijdag 4 juni 2027, 13.30–14.30 uur",
    },
  ],
  reason: "self",
} satisfies CancellationEmailProps;
