import { Text } from "@react-email/components";
import { ActionButton, EmailLayout, previewDefaults, styles } from "./layout";

export type ManageLinkEmailProps = {
  subject: string;
  name: string;
  manageUrl: string;
  contactEmail: string;
};

export default function ManageLinkEmail({ subject, name, manageUrl, contactEmail }: ManageLinkEmailProps) {
  return (
    <EmailLayout
      subject={subject}
      preview="Bekijk je aanmelding, meld je af of pas je gegevens aan. Je oude link werkt straks niet meer."
      heading="Je nieuwe link"
      manageUrl={manageUrl}
      contactEmail={contactEmail}
    >
      <Text style={styles.text}>Hallo {name},</Text>
      <Text style={styles.text}>
        Je hebt een nieuwe link gevraagd om je aanmelding te bekijken. Hier is hij:
      </Text>
      <ActionButton href={manageUrl}>Mijn aanmelding bekijken</ActionButton>
      <Text style={styles.text}>
        Heb je deze link niet zelf gevraagd? Dan kun je deze mail negeren.
      </Text>
    </EmailLayout>
  );
}

ManageLinkEmail.PreviewProps = {
  ...previewDefaults,
  subject: "Je persoonlijke link voor de online sessies over co-creatie",
} satisfies ManageLinkEmailProps;
