import type { Metadata } from "next";
import { LostLinkForm } from "@/components/registration/lost-link-form";
import styles from "../text-page.module.css";

export const metadata: Metadata = {
  title: "Link kwijt?",
  description:
    "Vraag een nieuwe persoonlijke link aan om je aanmelding voor de online sessies over co-creatie te bekijken of je af te melden.",
};

export default function LostLinkPage() {
  return (
    <article className={styles.article}>
      <h1>Link kwijt?</h1>
      <p className={styles.lead}>
        Met je persoonlijke link zie je voor welke sessies je bent aangemeld, en kun je je afmelden. Vul je
        e-mailadres in, dan sturen we je een nieuwe link.
      </p>
      <LostLinkForm />
    </article>
  );
}
