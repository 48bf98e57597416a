import Link from "next/link";
import { NavLink } from "./nav-link";
import { SkipLink } from "./skip-link";
import styles from "./site-header.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <SkipLink />
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <span className={styles.title}>Co-creatie in het publieke domein</span>
          <span className={styles.subtitle}>
            Online sessies van Hogeschool Utrecht en Kennisplatform Utrecht Sociaal
          </span>
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul className={styles.nav}>
            <li>
              <NavLink href="/">Programma</NavLink>
            </li>
            <li>
              <Link href="/#aanmelden">Aanmelden</Link>
            </li>
            <li>
              <NavLink href="/project">Over CoSIE</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
