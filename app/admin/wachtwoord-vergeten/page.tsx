import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/admin/forgot-password-form";
import styles from "../admin.module.css";

// Rendered per request, as every admin page: a build-time page would carry inline scripts without
// the nonce that proxy.ts makes for each request, and the policy would block them.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Wachtwoord vergeten",
  description: "Vraag als organisator van de online sessies over co-creatie een link aan om een nieuw wachtwoord te kiezen.",
  robots: { index: false, follow: false },
};

// Open without signing in, by design: it is how an organiser who cannot sign in gets back in.
export default function ForgotPasswordPage() {
  return (
    <main id="inhoud" className={styles.shell}>
      <h1>Wachtwoord vergeten</h1>
      <p>
        Vul het e-mailadres in waarmee je inlogt. Je krijgt dan een mail met een link om een nieuw wachtwoord te kiezen. Je oude
        wachtwoord blijft werken tot je een nieuw kiest.
      </p>
      <ForgotPasswordForm />
      <p>
        <Link href="/admin/inloggen">Terug naar inloggen</Link>
      </p>
    </main>
  );
}
