import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { NEW_PASSWORD_FIELDS } from "@/components/admin/new-password-fields";
import { WEAK_PASSWORD_NL } from "@/lib/auth/password";
import { openPasswordLink } from "@/lib/server/organisers";
import styles from "../../admin.module.css";

export const metadata: Metadata = {
  title: "Kies je wachtwoord",
  description: "Kies het wachtwoord waarmee je inlogt als organisator van de online sessies over co-creatie.",
  robots: { index: false, follow: false },
};

const PROBLEMS = {
  leeg: { field: "next", message: "Vul een nieuw wachtwoord in." },
  kort: { field: "next", message: WEAK_PASSWORD_NL.short },
  zwak: { field: "next", message: WEAK_PASSWORD_NL.common },
  herhaal: { field: "repeat", message: "De twee wachtwoorden zijn niet gelijk." },
} as const;

type Props = { params: Promise<{ link: string }>; searchParams: Promise<{ fout?: string }> };

// Open without signing in, by design: the link from an invitation or "Wachtwoord vergeten?" is
// the credential. Opening it spends nothing, so a mail scanner's visit leaves it working; the
// form posts to a route handler (./opslaan) that sets the password and spends it.
export default async function ChoosePasswordPage({ params, searchParams }: Props) {
  const { link } = await params;
  const opened = await openPasswordLink(link);
  if (!opened) {
    return (
      <main id="inhoud" className={styles.shell}>
        <h1>Deze link werkt niet meer</h1>
        <p>
          De link is verlopen of al gebruikt. Een link uit een uitnodiging werkt 48 uur, een link om een nieuw wachtwoord te
          kiezen 1 uur, en elke link maar één keer.
        </p>
        <p>
          <Link href="/admin/wachtwoord-vergeten">Vraag een nieuwe link aan</Link> of{" "}
          <Link href="/admin/inloggen">log in</Link>. Was je uitgenodigd? Vraag de collega die je uitnodigde om een nieuwe uitnodiging.
        </p>
      </main>
    );
  }
  const { fout } = await searchParams;
  const problem = fout && fout in PROBLEMS ? PROBLEMS[fout as keyof typeof PROBLEMS] : null;
  const errors: Partial<Record<string, string[]>> = problem ? { [problem.field]: [problem.message] } : {};
  const invite = opened.purpose === "invite";
  return (
    <main id="inhoud" className={styles.shell}>
      <h1>{invite ? "Welkom! Kies je wachtwoord" : "Kies een nieuw wachtwoord"}</h1>
      <p>
        {invite
          ? `Je logt in als organisator met ${opened.email}. Kies het wachtwoord dat je daarbij gebruikt.`
          : `Je kiest een nieuw wachtwoord voor ${opened.email}. Op alle apparaten word je daarna uitgelogd.`}
      </p>
      <form method="post" action={`/admin/wachtwoord-kiezen/${encodeURIComponent(link)}/opslaan`} noValidate className={styles.form}>
        {problem && <ErrorSummary title="Je wachtwoord is niet opgeslagen" order={["next", "repeat"]} errors={errors} formErrors={[]} focusKey={0} />}
        {NEW_PASSWORD_FIELDS.map(({ name, ...field }) => (
          <Field key={name} name={name} type="password" {...field} errors={errors[name]} />
        ))}
        <button type="submit" className={styles.button}>
          Wachtwoord opslaan
        </button>
      </form>
    </main>
  );
}
