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

export default async function SignInPage() {
  if (await getAdmin()) redirect("/admin");
  return (
    <main id="inhoud" className={styles.shell}>
      <h1>Inloggen voor organisatoren</h1>
      <p>Deze pagina is voor de organisatoren van Hogeschool Utrecht en Kennisplatform Utrecht Sociaal.</p>
      <SignInForm />
      <p>
        <Link href="/">Naar de website met het programma</Link>
      </p>
    </main>
  );
}
