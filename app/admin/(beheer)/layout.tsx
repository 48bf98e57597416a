import type { Metadata } from "next";
import Link from "next/link";
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
              <li><Link href="/admin">Overzicht</Link></li>
              <li><Link href="/admin/aanmeldingen">Aanmeldingen</Link></li>
              <li><Link href="/admin/mail">Mail</Link></li>
              <li><Link href="/admin/logboek">Logboek</Link></li>
              <li><Link href="/admin/organisatoren">Organisatoren</Link></li>
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
