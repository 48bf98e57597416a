import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinTips } from "@/components/join-tips";
import { RegistrationSection } from "@/components/registration/registration-section";
import { Prose } from "@/components/prose";
import { SessionTime } from "@/components/session-time";
import { speakerText } from "@/components/speaker-line";
import { getProgramme, getSession } from "@/lib/data/programme";
import { NOT_FOUND_PATH, sessionNumberParam } from "@/lib/route-params";
import { formatDate } from "@/lib/time";
import styles from "./page.module.css";

type Props = { params: Promise<{ nummer: string }> };

export function generateStaticParams() {
  return [];
}

async function sessionFor({ params }: Props) {
  const number = sessionNumberParam.safeParse((await params).nummer);
  return number.success ? getSession(number.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const session = await sessionFor(props);
  if (!session) return {};
  return {
    title: session.title,
    description: `Sessie ${session.number} (${session.phase}) op ${formatDate(session.startsAt)}, met ${speakerText(session.speaker)}. Gratis online via Microsoft Teams.`,
  };
}

export default async function SessionPage(props: Props) {
  const [session, programme] = await Promise.all([sessionFor(props), getProgramme()]);
  // A redirect, not notFound(): see next.config.ts on how 404s are rendered.
  if (!session || !programme) redirect(NOT_FOUND_PATH);

  return (
    <article className={styles.article}>
      <p className={styles.back}>
        <Link href="/#programma">Terug naar het programma</Link>
      </p>
      <p className={styles.kicker}>
        Sessie {session.number} · Fase: {session.phase}
      </p>
      <h1>{session.title}</h1>
      {session.cancelled && <p className={styles.cancelled}>Deze sessie gaat niet door.</p>}
      <dl className={styles.facts}>
        <div>
          <dt>Wanneer</dt>
          <dd>
            <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />
          </dd>
        </div>
        <div>
          <dt>Waar</dt>
          <dd>Online, in Microsoft Teams. Je krijgt de link uiterlijk een dag van tevoren per mail.</dd>
        </div>
        <div>
          <dt>Gastspreker</dt>
          <dd>{speakerText(session.speaker)}</dd>
        </div>
        <div>
          <dt>Kosten</dt>
          <dd>Gratis</dd>
        </div>
      </dl>
      {session.summary && <p className={styles.lead}>{session.summary}</p>}
      <h2>Over deze sessie</h2>
      <Prose text={session.description} />
      <RegistrationSection sessions={programme.sessions} preselected={session.id} heading="Aanmelden voor deze sessie" />
      <h2>Tips om mee te doen</h2>
      <JoinTips tips={programme.joinTips} />
    </article>
  );
}
