import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getManagePage } from "@/lib/server/visitors";
import { formatSessionTime } from "@/lib/time";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Mijn aanmelding",
  description: "Bekijk voor welke online sessies over co-creatie je bent aangemeld, en meld je af als je niet kunt.",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ link: string }>; searchParams: Promise<{ afgemeld?: string }> };

export default async function ManagePage({ params, searchParams }: Props) {
  const { link } = await params;
  const overview = await getManagePage(link);
  // The 404 page tells someone with an old or mistyped link how to get a new one.
  if (!overview) notFound();

  const cancelled = Number((await searchParams).afgemeld ?? "0");
  return (
    <>
      <h1>Mijn aanmelding</h1>
      {cancelled > 0 && (
        <p className={styles.notice} role="status">
          Je bent afgemeld voor {cancelled === 1 ? "1 sessie" : `${cancelled} sessies`}. Je krijgt hiervan een
          bevestiging per mail.
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
                {signUp.cancellable && (
                  <form method="post" action={`/mijn-aanmelding/${link}/afmelden`}>
                    <input type="hidden" name="signUp" value={signUp.id} />
                    <button type="submit" className={styles.button}>
                      Afmelden<span className="visually-hidden"> voor {signUp.title}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          {overview.signUps.filter((signUp) => signUp.cancellable).length > 1 && (
            <form method="post" action={`/mijn-aanmelding/${link}/afmelden`}>
              <input type="hidden" name="signUp" value="all" />
              <button type="submit" className={styles.button}>
                Afmelden voor alle sessies
              </button>
            </form>
          )}
        </>
      )}
      <p className={styles.more}>
        Wil je je aanmelden voor een andere sessie? Dat doe je op <Link href="/#aanmelden">de pagina met het programma</Link>.
      </p>
    </>
  );
}
