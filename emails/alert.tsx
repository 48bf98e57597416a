import { Link, Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";

export type AlertEmailProps = {
  subject: string;
  /** What to do, first: the preheader a mail app shows after the subject. */
  preview: string;
  paragraphs: string[];
  /** A list under the paragraphs: the counts of a daily summary. */
  items?: string[];
  /** Where in the admin the organiser acts. */
  action: { href: string; label: string };
  /** Why this organiser gets it, and how to stop it where that can be done. */
  reason: string;
  contactEmail: string;
};

/** A mail to the organisers: something needs them, or the summary they asked for. */
export default function AlertEmail({ subject, preview, paragraphs, items, action, reason, contactEmail }: AlertEmailProps) {
  return (
    <EmailLayout subject={subject} preview={preview} heading={subject} contactEmail={contactEmail}>
      <Text style={styles.text}>Hallo,</Text>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph} style={styles.text}>{paragraph}</Text>
      ))}
      {items && items.length > 0 && (
        <ul style={styles.list}>
          {items.map((item) => (
            <li key={item} style={styles.listItem}>{item}</li>
          ))}
        </ul>
      )}
      <ActionButton href={action.href}>{action.label}</ActionButton>
      <Text style={styles.small}>
        Werkt de knop niet? Open dan deze link:{" "}
        <Link href={action.href} style={styles.link}>{action.href}</Link>
      </Text>
      <Text style={styles.small}>{reason}</Text>
    </EmailLayout>
  );
}

AlertEmail.PreviewProps = {
  contactEmail: previewDefaults.contactEmail,
  subject: "Teams-link ontbreekt: Hoe start je een co-creatie-initiatief?",
  preview: "Zet de link klaar vóór donderdag 3 juni 2027 13.30 uur.",
  paragraphs: [
    "De sessie ‘Hoe start je een co-creatie-initiatief?’ op vrijdag 4 juni 2027, 13.30–14.30 uur heeft nog geen Teams-link.",
    "De deelnemers moeten de link uiterlijk donderdag 3 juni 2027 13.30 uur hebben. Zet de link daarom zo snel mogelijk klaar.",
  ],
  action: { href: "https://sessies.example.nl/admin/sessies/cm3k9x2q70001abcd1234efgh", label: "Teams-link klaarzetten" },
  reason: "Je krijgt deze mail omdat je organisator bent van de online sessies.",
} satisfies AlertEmailProps;
