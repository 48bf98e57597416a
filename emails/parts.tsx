import { Link, Text } from "@react-email/components";
import { Fragment } from "react";
import { MarkdownLine } from "@/components/markdown";
import type { CalendarLinks } from "@/lib/calendar-links";
import { styles } from "./layout";

// Pieces several mails share.

/** Plain text as typed: paragraphs at blank lines, line breaks kept, nothing turned into markup or links. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return paragraphs.map((paragraph, index) => (
    <Text key={index} style={styles.text}>
      {paragraph.split("\n").map((line, at) => (
        <Fragment key={at}>
          {at > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </Text>
  ));
}

export function SessionLine({ session }: { session: { title: string; when: string } }) {
  return (
    <Text style={styles.text}>
      <strong>{session.title}</strong>
      <br />
      {session.when}
    </Text>
  );
}

export function JoinTips({ tips }: { tips: string[] }) {
  if (tips.length === 0) return null;
  return (
    <>
      <Text style={{ ...styles.text, fontWeight: 600, margin: "0 0 8px" }}>Tips om mee te doen:</Text>
      <ul style={styles.list}>
        {tips.map((tip) => (
          <MarkdownLine key={tip} as="li" text={tip} style={styles.listItem} />
        ))}
      </ul>
    </>
  );
}

/** "Zet in je agenda" for the web calendars: the links carry the public session page only. */
export function CalendarWebLinks({ links }: { links: CalendarLinks }) {
  return (
    <>
      Zet in je agenda:{" "}
      <Link href={links.outlook} style={styles.link}>
        Outlook
      </Link>{" "}
      of{" "}
      <Link href={links.google} style={styles.link}>
        Google Agenda
      </Link>
    </>
  );
}
