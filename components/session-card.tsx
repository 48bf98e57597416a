import Link from "next/link";
import type { SessionView } from "@/lib/server/public-site";
import { FullNotice } from "./full-notice";
import { SessionTime } from "./session-time";
import { speakerText } from "./speaker-line";
import styles from "./session-card.module.css";

export function SessionCard({ session }: { session: SessionView }) {
  const headingId = `sessie-${session.number}-titel`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <p className={styles.kicker}>
        Sessie {session.position} · Fase: {session.phase}
      </p>
      <h3 id={headingId} className={styles.title}>
        <Link href={`/sessies/${session.number}`}>{session.title}</Link>
      </h3>
      {session.cancelled && <p className={styles.cancelled}>Deze sessie gaat niet door.</p>}
      <FullNotice session={session} className={styles.full} />
      <dl className={styles.facts}>
        <div>
          <dt>Wanneer</dt>
          <dd>
            <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />
          </dd>
        </div>
        <div>
          <dt>Met</dt>
          <dd>{speakerText(session.speaker)}</dd>
        </div>
      </dl>
      {session.summary && <p>{session.summary}</p>}
    </article>
  );
}
