import Link from "next/link";
import { ContactLine } from "./contact-line";
import styles from "./site-footer.module.css";

/** Without a contact address (the static 404 page is built before configuration is known). */
export function SiteFooter({ contactEmail }: { contactEmail?: string }) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <section>
          <h2 className={styles.heading}>Wie organiseert dit?</h2>
          <p>
            Deze sessies zijn een initiatief van Hogeschool Utrecht (project CoSIE), in samenwerking met
            Kennisplatform Utrecht Sociaal.
          </p>
          {contactEmail && <ContactLine email={contactEmail} />}
        </section>
        <nav aria-label="Over deze website">
          <h2 className={styles.heading}>Over deze website</h2>
          <ul className={styles.links}>
            <li>
              <Link href="/privacy">Privacyverklaring</Link>
            </li>
            <li>
              <Link href="/toegankelijkheid">Toegankelijkheid</Link>
            </li>
            <li>
              <Link href="/project">Het project CoSIE</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
