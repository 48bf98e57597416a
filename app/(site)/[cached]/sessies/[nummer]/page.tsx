import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FullNotice } from "@/components/full-notice";
import { JoinTips } from "@/components/join-tips";
import { Markdown } from "@/components/markdown";
import { RegistrationSection } from "@/components/registration/registration-section";
import { SessionTime } from "@/components/session-time";
import { speakerText } from "@/components/speaker-line";
import { sessionNumberParam } from "@/lib/route-params";
import { getProgramme, getSession, type SessionView } from "@/lib/server/public-site";
import type { SessionDetail } from "@/lib/data/programme";
import { LINK_TIMING_BEFORE_SIGN_UP } from "@/lib/teams-link-rule";
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
    description: `Sessie ${session.position} (${session.phase}) op ${formatDate(session.startsAt)}, met ${speakerText(session.speaker)}. ${session.terms.free ? "Gratis online" : "Online"} via Microsoft Teams.`,
  };
}

/** Where the session takes place, and when the link comes, as lib/teams-link-rule.ts says. */
function where(session: SessionView<SessionDetail>): string {
  if (!session.registrationOpen) return "Online, in Microsoft Teams.";
  return `Online, in Microsoft Teams. ${LINK_TIMING_BEFORE_SIGN_UP[session.linkTiming]}`;
}

function closedReason(session: SessionView<SessionDetail>): string {
  if (session.cancelled) return "Aanmelden voor deze sessie kan niet: de sessie gaat niet door.";
  return "Aanmelden voor deze sessie kan niet meer: de sessie is al begonnen of voorbij.";
}

export default async function SessionPage(props: Props) {
  const [session, programme] = await Promise.all([sessionFor(props), getProgramme()]);
  if (!session || !programme) notFound();

  return (
    <article className={styles.article}>
      <p className={styles.back}>
        <Link href="/#programma">Terug naar het programma</Link>
      </p>
      <p className={styles.kicker}>
        Sessie {session.position} · Fase: {session.phase}
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
          <dd>{where(session)}</dd>
        </div>
        <div>
          <dt>Gastspreker</dt>
          <dd>{speakerText(session.speaker)}</dd>
        </div>
        {session.terms.free && (
          <div>
            <dt>Kosten</dt>
            <dd>Gratis</dd>
          </div>
        )}
      </dl>
      {session.summary && <p className={styles.lead}>{session.summary}</p>}
      <h2>Over deze sessie</h2>
      <Markdown text={session.description} />
      {session.registrationOpen ? (
        <>
          <FullNotice session={session} className={styles.full} />
          <RegistrationSection programme={programme} preselected={session.id} heading="Aanmelden voor deze sessie" />
        </>
      ) : !session.registration.open ? (
        <RegistrationSection programme={programme} heading="Aanmelden" />
      ) : (
        <>
          <p className={styles.closed}>{closedReason(session)}</p>
          <RegistrationSection programme={programme} heading="Aanmelden voor een andere sessie" />
        </>
      )}
      <h2>Tips om mee te doen</h2>
      <JoinTips tips={programme.joinTips} />
    </article>
  );
}
