import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

// Contrast: #1b1b1b and #a5002a both pass WCAG AA on white, also for the small footer text.
const ink = "#1b1b1b";
const accent = "#a5002a";
const font = '"Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const styles = {
  text: { color: ink, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  list: {
    color: ink,
    fontSize: "16px",
    lineHeight: "24px",
    margin: "0 0 16px",
    paddingLeft: "24px",
  },
  listItem: { margin: "0 0 12px" },
  // A long link wraps instead of pushing the mail wider than a phone.
  link: { color: accent, textDecoration: "underline", overflowWrap: "anywhere", wordBreak: "break-word" },
  small: { color: ink, fontSize: "14px", lineHeight: "22px", margin: "0 0 16px" },
  button: {
    backgroundColor: accent,
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 600,
    padding: "12px 20px",
    borderRadius: "4px",
    textDecoration: "none",
  },
} satisfies Record<string, CSSProperties>;

export type EmailLayoutProps = {
  /** The mail's subject, also its document title. */
  subject: string;
  /** The preheader: what a mail app shows after the subject, so it adds to it and never repeats it. */
  preview: string;
  heading: string;
  children: ReactNode;
  manageUrl?: string;
  contactEmail: string;
};

export function EmailLayout({
  subject,
  preview,
  heading,
  children,
  manageUrl,
  contactEmail,
}: EmailLayoutProps) {
  return (
    <Html lang="nl" dir="ltr">
      <Head>
        <title>{subject}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f3f3f3", fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", maxWidth: "600px", padding: "32px 20px", boxSizing: "border-box" }}>
          <Heading
            as="h1"
            style={{ color: ink, fontSize: "24px", lineHeight: "32px", margin: "0 0 24px" }}
          >
            {heading}
          </Heading>
          {children}
          <Hr style={{ borderColor: "#d0d0d0", margin: "32px 0 24px" }} />
          <Section>
            <Text style={styles.small}>
              Deze mail komt van Hogeschool Utrecht, project CoSIE. We organiseren de online sessies
              samen met Kennisplatform Utrecht Sociaal.
            </Text>
            {manageUrl && (
              <Text style={styles.small}>
                Je aanmelding bekijken of afmelden:{" "}
                <Link href={manageUrl} style={styles.link}>
                  {manageUrl}
                </Link>
                <br />
                Deze link is alleen voor jou. Stuur deze mail daarom niet door.
              </Text>
            )}
            <Text style={{ ...styles.small, margin: 0 }}>
              Vragen? Mail ons:{" "}
              <Link href={`mailto:${contactEmail}`} style={styles.link}>
                {contactEmail}
              </Link>
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "8px 0 24px" }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}

// Realistic values for the React Email preview; real mails always pass their own.
export const previewDefaults = {
  name: "Sanne de Vries",
  manageUrl: "https://sessies.example.nl/mijn-aanmelding/cm3k9x2q70001abcd1234efgh.Zm9vYmFyLXRva2VuLTEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz",
  contactEmail: "cosie@example.nl",
};

/** A join link as a preview shows it. */
export const previewJoinUrl = "https://sessies.example.nl/deelnemen/cm3k9x2q70002abcd1234efgh.YmFyZm9vLXRva2VuLTEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz";
