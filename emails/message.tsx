import { Text } from "@react-email/components";
import { EmailLayout, previewDefaults, styles } from "./layout";
import { Paragraphs, SessionLine } from "./parts";

export type MessageEmailProps = {
  subject: string;
  name: string;
  session: { title: string; when: string };
  /** The organisers' plain text, as they typed it. */
  body: string;
  manageUrl: string;
  contactEmail: string;
};

/** The text after the subject that a mail app shows: the start of the message itself. */
function preheader(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > 110 ? `${flat.slice(0, 110)}…` : flat;
}

export default function MessageEmail({ subject, name, session, body, manageUrl, contactEmail }: MessageEmailProps) {
  return (
    <EmailLayout subject={subject} preview={preheader(body)} heading={subject} manageUrl={manageUrl} contactEmail={contactEmail}>
      <Text style={styles.text}>Hallo {name},</Text>
      <Paragraphs text={body} />
      <Text style={{ ...styles.small, margin: "24px 0 8px" }}>Je krijgt dit bericht omdat je bent aangemeld voor:</Text>
      <SessionLine session={session} />
    </EmailLayout>
  );
}

MessageEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Een vraag vooraf voor de sessie van vrijdag",
  session: { title: "Hoe start je een co-creatie-initiatief?", when: "vrijdag 4 juni 2027, 13.30–14.30 uur" },
  body: "Beste deelnemer,\n\nWil je vooraf nadenken over een voorbeeld van co-creatie uit je eigen werk? In de sessie praten we daar in kleine groepen over.\n\nTot vrijdag!",
} satisfies MessageEmailProps;
