import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getManagePage } from "@/lib/server/personal";
import { formatSessionTime } from "@/lib/time";
import { personalMetadata } from "../../shared";
import styles from "../../page.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = personalMetadata(
  "Afmelden",
  "Kijk voor welke online sessies over co-creatie je je afmeldt, en bevestig het.",
);

type Props = { params: Promise<{ link: string; keuze: string }> };

/** The step before cancelling: what will happen, and one button to do it. */
export default async function CancelPage({ params }: Props) {
  const { link, keuze } = await params;
  const overview = await getManagePage(link);
  if (!overview) notFound();
  const cancellable = overview.signUps.filter((signUp) => signUp.cancellable);
  const chosen = keuze === "alle" ? cancellable : cancellable.filter((signUp) => signUp.id === keuze);
  if (chosen.length === 0) notFound();

  return (
    <>
      <h1>{keuze === "alle" ? "Afmelden voor alle sessies?" : `Afmelden voor ‘${chosen[0].title}’?`}</h1>
      <p>Je meldt je af voor:</p>
      <ul>
        {chosen.map((signUp) => (
          <li key={signUp.id}>
            <strong>{signUp.title}</strong>, {formatSessionTime(signUp.startsAt, signUp.endsAt)}
          </li>
        ))}
      </ul>
      <p>Dit gebeurt als je op de knop drukt:</p>
      <ul>
        <li>Je krijgt een mail dat je bent afgemeld, met een bestand dat de afspraak uit je agenda haalt.</li>
        <li>Had je een plek? Dan gaat die naar de eerste op de wachtlijst.</li>
        <li>Wil je later toch komen? Dan meld je je opnieuw aan. Is de sessie vol, dan kom je op de wachtlijst.</li>
      </ul>
      <form method="post" action={`${overview.path}/afmelden`} className={styles.actions}>
        <input type="hidden" name="signUp" value={keuze === "alle" ? "all" : chosen[0].id} />
        <button type="submit" className={styles.danger}>
          {keuze === "alle" ? "Ja, meld mij af voor alle sessies" : "Ja, meld mij af"}
        </button>
        <Link href={overview.path}>Nee, terug naar mijn aanmelding</Link>
      </form>
    </>
  );
}
