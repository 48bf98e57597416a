import type { Metadata } from "next";
import Link from "next/link";
import styles from "../text-page.module.css";

export const metadata: Metadata = {
  title: "Je gegevens zijn verwijderd",
  description: "Je aanmelding en je gegevens voor de online sessies over co-creatie zijn verwijderd.",
  robots: { index: false, follow: true },
};

/** Where an erasure ends: nothing personal, so the same page for everyone. */
export default function ErasedPage() {
  return (
    <article className={styles.article}>
      <h1>Je gegevens zijn verwijderd</h1>
      <p className={styles.lead}>We hebben je aanmeldingen en je gegevens verwijderd. De link in je mails werkt niet meer.</p>
      <p>
        Wil je toch naar een sessie? Dan kun je je <Link href="/#aanmelden">opnieuw aanmelden</Link>.
      </p>
    </article>
  );
}
