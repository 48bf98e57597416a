import Link from "next/link";
import { CalendarOptions } from "@/components/calendar-options";
import { JoinTips } from "@/components/join-tips";
import { Prose } from "@/components/prose";
import { SessionTime } from "@/components/session-time";
import type { CalendarLinks } from "@/lib/calendar-links";
import type { JoinPageData } from "@/lib/data/join-page";
import type { JoinPhase } from "@/lib/session-timeline";
import { formatDate, formatSessionTime, formatTime } from "@/lib/time";
import styles from "./join.module.css";

type Page = JoinPageData & { path: string; phase: JoinPhase; opensAt: Date; evaluationClosesAt: Date; calendar: CalendarLinks };

const at = (instant: Date) => `${formatDate(instant)} om ${formatTime(instant)} uur`;

function SessionFacts({ page }: { page: Page }) {
  return (
    <p className={styles.facts}>
      <strong>{page.session.title}</strong>
      <br />
      <SessionTime startsAt={page.session.startsAt} endsAt={page.session.endsAt} />
    </p>
  );
}

function Tips({ page }: { page: Page }) {
  if (page.joinTips.length === 0) return null;
  return (
    <>
      <h2>Tips om mee te doen</h2>
      <JoinTips tips={page.joinTips} />
    </>
  );
}

/** Before the way in opens: what, when, how to prepare, and the calendar. */
export function JoinBefore({ page }: { page: Page }) {
  return (
    <>
      <SessionFacts page={page} />
      <p>
        Op deze pagina komt op {at(page.opensAt)} een knop waarmee je naar de sessie in Microsoft Teams gaat. Bewaar deze
        pagina, of de mail met de link ernaartoe.
      </p>
      <h2>In je agenda</h2>
      <CalendarOptions title={page.session.title} links={page.calendar} file={`${page.path}/agenda`} label={false} />
      <Tips page={page} />
    </>
  );
}

/** While the session is open: one large button, a form post that counts as joining. */
export function JoinOpen({ page }: { page: Page }) {
  return (
    <>
      <SessionFacts page={page} />
      {page.session.hasTeamsLink ? (
        <form method="post" action={`${page.path}/teams`}>
          <button type="submit" className={styles.teams}>
            Naar Microsoft Teams
          </button>
        </form>
      ) : (
        <p className={styles.notice} role="status">
          De organisatie heeft de link naar Teams nog niet klaargezet. Probeer het over een paar minuten opnieuw: laad deze
          pagina dan opnieuw.
        </p>
      )}
      <Tips page={page} />
    </>
  );
}

/** After the session: the organisers' follow-up, the evaluation, and for who missed it, what is next. */
export function JoinAfter({ page }: { page: Page }) {
  const { followUp, next } = page;
  return (
    <>
      <p>
        {page.joined ? "Bedankt dat je meedeed aan" : "Deze sessie is voorbij:"} <strong>{page.session.title}</strong>,{" "}
        {formatSessionTime(page.session.startsAt, page.session.endsAt)}.
      </p>
      {followUp.enabled && followUp.text && <Prose text={followUp.text} />}
      {followUp.enabled && followUp.links.length > 0 && (
        <ul className={styles.links}>
          {followUp.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>Korte evaluatie</h2>
      {page.evaluated ? (
        <p>Je hebt de evaluatie ingevuld. Bedankt voor je antwoorden!</p>
      ) : (
        <>
          <p>
            We willen de sessies steeds beter maken. Wil je daarom vier korte vragen beantwoorden? Je antwoorden zijn anoniem.
            Dat kan tot {at(page.evaluationClosesAt)}.
          </p>
          <p>
            <Link href={`${page.path}/evaluatie`} className={styles.teams}>
              Vier vragen beantwoorden
            </Link>
          </p>
        </>
      )}
      {next && (
        <>
          <h2>De volgende sessie</h2>
          <p>
            <strong>{next.title}</strong>
            <br />
            {formatSessionTime(next.startsAt, next.endsAt)}
          </p>
          <p>
            <Link href={`/sessies/${next.number}`}>Meer over deze sessie en aanmelden</Link>
          </p>
        </>
      )}
    </>
  );
}

/** A place that is gone, or a session called off: a kind word and the way to the programme. */
export function JoinGone({ page }: { page: Page }) {
  const why = page.session.cancelled
    ? "Deze sessie gaat helaas niet door. Dat hebben de organisatoren besloten."
    : page.status === "waitlisted" && page.phase !== "ended"
      ? "Je staat op de wachtlijst voor deze sessie. Komt er een plek vrij, dan krijg je een mail, en dan werkt deze pagina ook."
      : page.status === "waitlisted"
        ? "Je stond op de wachtlijst voor deze sessie, en er kwam geen plek vrij. Jammer!"
      : "Je bent niet (meer) aangemeld voor deze sessie. Daarom kun je via deze pagina niet meedoen.";
  return (
    <>
      <SessionFacts page={page} />
      <p>{why}</p>
      <p>
        Wil je een andere sessie volgen? <Link href="/#aanmelden">Bekijk het programma</Link>
      </p>
    </>
  );
}
