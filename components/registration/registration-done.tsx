"use client";

import type { RegistrationState } from "@/lib/registration/form-state";
import { LINK_TIMING_TEXT } from "@/lib/teams-link-rule";
import { CalendarOptions } from "../calendar-options";
import { useFocus } from "../form/use-focus";
import styles from "./registration-form.module.css";

type Props = {
  sessions: (RegistrationState & { status: "done" })["sessions"];
  /** h3 inside the form's section; h1 on the confirmation page of a sign-up without JavaScript. */
  heading?: "h1" | "h3";
};

/**
 * The same neutral confirmation for every submission: it shows only what was just chosen,
 * never what an address already had.
 */
export function RegistrationDone({ sessions, heading: Heading = "h3" }: Props) {
  const heading = useFocus<HTMLHeadingElement>(sessions);
  return (
    <div className={styles.done} role="status">
      <Heading ref={heading} tabIndex={-1} autoFocus className={styles.doneTitle}>
        Bedankt! We hebben je aanmelding ontvangen
      </Heading>
      <ul className={styles.doneList}>
        {sessions.map((session) => (
          <li key={session.title}>
            <strong>{session.title}</strong>
            <br />
            {session.when}
            <br />
            {session.waitlisted
              ? "Deze sessie is vol. Je staat op de wachtlijst. Komt er een plek vrij, dan krijg je een mail."
              : `Je bent aangemeld. ${LINK_TIMING_TEXT[session.linkTiming]}`}
            {session.calendar && <CalendarOptions title={session.title} links={session.calendar.links} file={session.calendar.file} />}
          </li>
        ))}
      </ul>
      <p>
        We sturen een bevestiging naar het e-mailadres dat je opgaf. Daarin staat ook een persoonlijke link om
        je aanmelding te bekijken of je af te melden.
      </p>
      <p>
        Geen mail gekregen? Kijk ook in je map met ongewenste mail.
      </p>
    </div>
  );
}
