import Link from "next/link";
import type { SessionView } from "@/lib/server/public-site";
import { formatDayMonth } from "@/lib/time";
import { RegistrationForm } from "./registration-form";

type Props = { sessions: SessionView[]; preselected?: string; heading: string };

/** The sign-up form with the sessions that are still open (lib/registration/open.ts). */
export function RegistrationSection({ sessions, preselected, heading }: Props) {
  const open = sessions
    .filter((session) => session.registrationOpen)
    .map((session) => ({ id: session.id, day: formatDayMonth(session.startsAt), title: session.title, full: session.full }));

  return (
    <section aria-labelledby="aanmelden-titel" id="aanmelden">
      <h2 id="aanmelden-titel">{heading}</h2>
      {open.length === 0 ? (
        <p>Aanmelden kan niet meer: alle sessies zijn begonnen of voorbij.</p>
      ) : (
        <>
          <p>Aanmelden is gratis. Vul je gegevens in en kies een of meer sessies.</p>
          <RegistrationForm sessions={open} preselected={open.some((s) => s.id === preselected) ? preselected : undefined} />
        </>
      )}
      <p>
        Al aangemeld? In je bevestigingsmail staat een link om je af te melden.{" "}
        <Link href="/link-kwijt">Link kwijt?</Link>
      </p>
    </section>
  );
}
