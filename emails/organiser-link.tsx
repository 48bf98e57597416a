import { Link, Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";

export type OrganiserLinkEmailProps = {
  subject: string;
  purpose: "invite" | "reset";
  /** The organiser's address: they sign in with it. */
  email: string;
  url: string;
  /** "vrijdag 4 juni 2027 13.30", Amsterdam time. */
  validUntil: string;
  contactEmail: string;
};

export const organiserLinkSubject = (purpose: "invite" | "reset") =>
  purpose === "invite" ? "Je bent uitgenodigd als organisator van de online sessies over co-creatie" : "Kies een nieuw wachtwoord voor het beheer";

export default function OrganiserLinkEmail({ subject, purpose, email, url, validUntil, contactEmail }: OrganiserLinkEmailProps) {
  const invite = purpose === "invite";
  return (
    <EmailLayout
      subject={subject}
      preview={invite ? "Kies je wachtwoord en log in bij het beheer." : "Iemand vroeg een nieuw wachtwoord aan voor jouw account."}
      heading={invite ? "Welkom als organisator" : "Nieuw wachtwoord kiezen"}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>
        {invite
          ? `Een collega heeft je uitgenodigd om de online sessies over co-creatie mee te beheren. Je logt in met ${email}. Kies eerst je wachtwoord:`
          : `Er is een nieuw wachtwoord aangevraagd voor ${email}. Kies het met deze knop:`}
      </Text>
      <ActionButton href={url}>{invite ? "Wachtwoord kiezen" : "Nieuw wachtwoord kiezen"}</ActionButton>
      <Text style={styles.small}>
        Werkt de knop niet? Open dan deze link:{" "}
        <Link href={url} style={styles.link}>
          {url}
        </Link>
      </Text>
      <Text style={styles.text}>
        De link werkt tot {validUntil} uur, en maar één keer. Stuur deze mail niet door: met de link kan iemand anders je wachtwoord
        kiezen.
      </Text>
      <Text style={styles.text}>
        {invite
          ? "Verwachtte je deze uitnodiging niet? Dan kun je deze mail negeren."
          : "Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren: je wachtwoord blijft hetzelfde."}
      </Text>
    </EmailLayout>
  );
}

OrganiserLinkEmail.PreviewProps = {
  subject: organiserLinkSubject("invite"),
  purpose: "invite",
  email: "collega@hu.nl",
  url: "https://sessies.example.nl/admin/wachtwoord-kiezen/cm3k9x2q70001abcd1234efgh.invite.1811846400.Zm9vYmFyLXRva2VuLTEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIz",
  validUntil: "vrijdag 4 juni 2027 13.30",
  contactEmail: previewDefaults.contactEmail,
} satisfies OrganiserLinkEmailProps;
