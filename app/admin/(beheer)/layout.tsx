import type { Metadata } from "next";
import Link from "next/link";
import { NavLink } from "@/components/nav-link";
import { SkipLink } from "@/components/skip-link";
import { requireAdmin } from "@/lib/auth/current-admin";
import { signOutAction } from "../actions";
import styles from "../admin.module.css";

export const metadata: Metadata = {
  title: { default: "Beheer", template: "%s | Beheer online sessies" },
  description: "Beheer van de online sessies over co-creatie: aanmeldingen, sessies en mail.",
  robots: { index: false, follow: false },
};

// Shows the organisers' menu; it is no guard: every page and action calls requireAdmin() itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdmin();
  return (
    <>
      <header className={styles.bar}>
        <SkipLink />
        <div className={styles.barInner}>
          <Link href="/admin" className={styles.brand}>
            Beheer · Online sessies co-creatie
          </Link>
          <nav aria-label="Beheermenu">
            <ul className={styles.nav}>
              <li><NavLink href="/admin">Overzicht</NavLink></li>
              <li><NavLink href="/admin/aanmeldingen">Aanmeldingen</NavLink></li>
              <li><NavLink href="/admin/mail">Mail</NavLink></li>
              <li><NavLink href="/admin/meldingen">Meldingen</NavLink></li>
              <li><NavLink href="/admin/teksten">Teksten</NavLink></li>
              <li><NavLink href="/admin/project">Projectpagina</NavLink></li>
              <li><NavLink href="/admin/reeksen">Reeksen</NavLink></li>
              <li><NavLink href="/admin/logboek">Logboek</NavLink></li>
              <li><NavLink href="/admin/organisatoren">Organisatoren</NavLink></li>
              <li>
                <form action={signOutAction} className={styles.inline}>
                  <button type="submit" className={styles.linkButton}>
                    Uitloggen<span className="visually-hidden"> ({admin.email})</span>
                  </button>
                </form>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className={styles.shell}>
        {children}
      </main>
    </>
  );
}
