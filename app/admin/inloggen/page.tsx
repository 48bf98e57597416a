import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getAdmin } from "@/lib/auth/current-admin";
import styles from "../admin.module.css";

export const metadata: Metadata = {
  title: "Inloggen voor organisatoren",
  description: "Inloggen voor de organisatoren van de online sessies over co-creatie.",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<{ wachtwoord?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getAdmin()) redirect("/admin");
  // Set by the page behind an invitation or reset link, after the new password was saved.
  const chosen = (await searchParams).wachtwoord === "gekozen";
  return (
    <main id="inhoud" className={styles.shell}>
      <h1>Inloggen voor organisatoren</h1>
      {chosen && (
        <p className={styles.notice} role="status">
          Je wachtwoord is opgeslagen. Log nu in met je e-mailadres en je nieuwe wachtwoord.
        </p>
      )}
      <p>Deze pagina is voor de organisatoren van Hogeschool Utrecht en Kennisplatform Utrecht Sociaal.</p>
      <SignInForm />
      <p>
        <Link href="/admin/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
      <p>
        <Link href="/">Naar de website met het programma</Link>
      </p>
    </main>
  );
}
