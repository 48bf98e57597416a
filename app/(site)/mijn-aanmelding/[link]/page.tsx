import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarOptions } from "@/components/calendar-options";
import { JUST_CANCELLED, readJustCancelled } from "@/lib/registration/just-cancelled";
import { getManagePage } from "@/lib/server/personal";
import { formatSessionTime } from "@/lib/time";
import { listOfTitles, personalMetadata } from "./shared";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = personalMetadata(
  "Mijn aanmelding",
  "Bekijk voor welke online sessies over co-creatie je bent aangemeld, meld je af, pas je gegevens aan of verwijder ze.",
);

type Props = { params: Promise<{ link: string }> };

export default async function ManagePage({ params }: Props) {
  const { link } = await params;
  const overview = await getManagePage(link, readJustCancelled((await cookies()).get(JUST_CANCELLED)?.value));
  // The 404 page tells someone with an old or mistyped link how to get a new one.
  if (!overview) notFound();
  const cancellable = overview.signUps.filter((signUp) => signUp.cancellable);

  return (
    <>
      <h1>Mijn aanmelding</h1>
      {overview.cancelled.length > 0 && (
        <p className={styles.notice} role="status">
          Je bent afgemeld voor {listOfTitles(overview.cancelled)}. Je krijgt hiervan een bevestiging per mail.
        </p>
      )}
      <p>Hallo {overview.name}. Hier zie je voor welke sessies je bent aangemeld.</p>
      {overview.signUps.length === 0 ? (
        <p>
          Je bent nu niet aangemeld voor een sessie. <Link href="/#aanmelden">Aanmelden voor een sessie</Link>
        </p>
      ) : (
        <>
          <ul className={styles.list}>
            {overview.signUps.map((signUp) => (
              <li key={signUp.id} className={styles.item}>
                <h2 className={styles.title}>{signUp.title}</h2>
                <p>{formatSessionTime(signUp.startsAt, signUp.endsAt)}</p>
                <p>{signUp.status === "confirmed" ? "Je bent aangemeld." : "Je staat op de wachtlijst."}</p>
                {signUp.join && (
                  <p>
                    {/* A full page load: the join page has its own policy for its form to Teams. */}
                    <a href={signUp.join} className={styles.primary}>
                      Naar de sessie<span className="visually-hidden">: {signUp.title}</span>
                    </a>
                  </p>
                )}
                {signUp.calendar && <CalendarOptions title={signUp.title} links={signUp.calendar.links} file={signUp.calendar.file} />}
                {signUp.cancellable && (
                  <Link href={`${overview.path}/afmelden/${signUp.id}`} className={styles.button}>
                    Afmelden<span className="visually-hidden"> voor {signUp.title}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {cancellable.length > 1 && (
            <p>
              <Link href={`${overview.path}/afmelden/alle`} className={styles.button}>
                Afmelden voor alle sessies
              </Link>
            </p>
          )}
        </>
      )}
      <p className={styles.more}>
        Wil je je aanmelden voor een andere sessie? Dat doe je op <Link href="/#aanmelden">de pagina met het programma</Link>.
      </p>

      <h2>Je gegevens</h2>
      <dl className={styles.details}>
        <dt>Naam</dt>
        <dd>{overview.name}</dd>
        <dt>E-mailadres</dt>
        <dd>{overview.email}</dd>
        <dt>Organisatie</dt>
        <dd>{overview.organisation}</dd>
        <dt>Functie</dt>
        <dd>{overview.role ?? "niet ingevuld"}</dd>
      </dl>
      <p>
        <Link href={`${overview.path}/gegevens`}>Naam, organisatie of functie aanpassen</Link>
      </p>
      <p>
        Wil je dat we alles over jou verwijderen? Dat kan ook als je je niet zelf hebt aangemeld.{" "}
        <Link href={`${overview.path}/verwijderen`}>Al mijn gegevens verwijderen</Link>
      </p>
    </>
  );
}
