import type { Metadata } from "next";
import { PasswordForm } from "@/components/admin/password-form";
import { requireSignedIn } from "@/lib/auth/current-admin";
import { signOutAction } from "../actions";
import styles from "../admin.module.css";

export const metadata: Metadata = {
  title: "Kies je eigen wachtwoord",
  robots: { index: false, follow: false },
};

// Outside the organisers' menu: an organiser with a generated password sees only this page.
export default async function ChangePasswordPage() {
  const admin = await requireSignedIn();
  return (
    <main id="inhoud" className={styles.shell}>
      <h1>Kies je eigen wachtwoord</h1>
      {admin.mustChangePassword ? (
        <p>
          Je bent ingelogd met een wachtwoord dat voor je is gemaakt. Kies nu je eigen wachtwoord. Daarna kun je verder
          in het beheer.
        </p>
      ) : (
        <p>Je wijzigt het wachtwoord van {admin.email}. Op andere apparaten word je daarna uitgelogd.</p>
      )}
      <PasswordForm />
      <form action={signOutAction} className={styles.afterForm}>
        <button type="submit" className={styles.secondaryButton}>
          Uitloggen
        </button>
      </form>
    </main>
  );
}
