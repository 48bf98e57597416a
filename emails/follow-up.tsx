import { Link, Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";
import { Paragraphs, SessionLine } from "./parts";

export type FollowUpEmailProps = {
  subject: string;
  name: string;
  session: { title: string; when: string };
  /** Whether the person went to Teams through their join link. */
  attended: boolean;
  /** The organisers' own words; empty for the standard thanks. */
  text: string;
  links: { label: string; url: string }[];
  evaluationUrl: string;
  /** When the evaluation closes, as written out by lib/time: "vrijdag 18 juni 2027, 14.30 uur". */
  evaluationUntil: string;
  /** For someone who missed it: the next session they can still sign up for. */
  next: { title: string; when: string; url: string } | null;
  contactEmail: string;
};

export default function FollowUpEmail(props: FollowUpEmailProps) {
  const { subject, name, session, attended, text, links, evaluationUrl, evaluationUntil, next, contactEmail } = props;
  return (
    <EmailLayout
      subject={subject}
      preview={`${links.length > 0 ? "Met wat we deelden, en" : "Met"} een korte evaluatie van vier vragen.`}
      heading={attended ? "Bedankt voor je komst" : "We hebben je gemist"}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      {attended ? (
        <Text style={styles.text}>Bedankt dat je meedeed aan de online sessie:</Text>
      ) : (
        <Text style={styles.text}>
          Je was aangemeld voor deze online sessie, maar we hebben je niet gezien. Was je er toch bij? Dan gebruikte je
          waarschijnlijk een andere link. Fijn dat je er was!
        </Text>
      )}
      <SessionLine session={session} />
      {text && <Paragraphs text={text} />}
      {links.length > 0 && (
        <>
          <Text style={{ ...styles.text, fontWeight: 600, margin: "0 0 8px" }}>
            {attended ? "Nog eens nalezen of terugkijken:" : "Wat je gemist hebt:"}
          </Text>
          <ul style={styles.list}>
            {links.map((link) => (
              <li key={link.url} style={styles.listItem}>
                {link.label}:
                <br />
                <Link href={link.url} style={styles.link}>
                  {link.url}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <Text style={{ ...styles.text, fontWeight: 600, margin: "0 0 8px" }}>Wil je ons helpen?</Text>
      <Text style={styles.text}>
        We willen de sessies steeds beter maken. Beantwoord daarom vier korte vragen. Je antwoorden zijn anoniem: we zien
        niet wie wat heeft geantwoord. Dat kan tot {evaluationUntil}.
      </Text>
      <ActionButton href={evaluationUrl}>Vier vragen beantwoorden</ActionButton>
      {next && (
        <>
          <Text style={{ ...styles.text, fontWeight: 600, margin: "0 0 8px" }}>De volgende sessie</Text>
          <SessionLine session={next} />
          <Text style={styles.text}>
            Doe je mee? Aanmelden kan op{" "}
            <Link href={next.url} style={styles.link}>
              {next.url}
            </Link>
          </Text>
        </>
      )}
    </EmailLayout>
  );
}

FollowUpEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Bedankt voor je komst: Hoe start je een co-creatie-initiatief?",
  session: { title: "Hoe start je een co-creatie-initiatief?", when: "vrijdag 4 juni 2027, 13.30–14.30 uur" },
  attended: true,
  text: "Wat fijn dat je erbij was.\n\nIn de opname kun je het interview met Nynke Joustra nog eens terugkijken.",
  links: [
    { label: "De dia’s van de sessie", url: "https://www.hu.nl/onderzoek/projecten/cosie/sessie-1-dias-van-het-minicollege-over-initieren.pdf" },
    { label: "De opname van de sessie", url: "https://www.hu.nl/onderzoek/projecten/cosie/opname-sessie-1" },
  ],
  evaluationUrl: "https://sessies.example.nl/deelnemen/cm3k9x2q70002abcd1234efgh.YmFyZm9vLXRva2VuLTEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz/evaluatie",
  evaluationUntil: "vrijdag 18 juni 2027, 14.30 uur",
  next: { title: "Community reporting als co-creatiemethodiek", when: "vrijdag 11 juni 2027, 13.30–14.30 uur", url: "https://sessies.example.nl/sessies/2" },
} satisfies FollowUpEmailProps;
