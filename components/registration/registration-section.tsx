import Link from "next/link";
import type { SeriesTerms } from "@/lib/data/programme";
import type { WindowState } from "@/lib/registration/open";
import type { SessionView } from "@/lib/server/public-site";
import { formatDayMonth } from "@/lib/time";
import { RegistrationForm } from "./registration-form";

type Props = {
  programme: { sessions: SessionView[]; terms: SeriesTerms; registration: WindowState };
  preselected?: string;
  heading: string;
};

/** The sign-up form with the sessions that are still open (lib/registration/open.ts). */
export function RegistrationSection({ programme, preselected, heading }: Props) {
  const { registration, terms } = programme;
  const open = programme.sessions
    .filter((session) => session.registrationOpen)
    .map((session) => ({ id: session.id, day: formatDayMonth(session.startsAt), title: session.title, full: session.full }));

  return (
    <section aria-labelledby="aanmelden-titel" id="aanmelden">
      <h2 id="aanmelden-titel">{heading}</h2>
      {!registration.open ? (
        <p>{registration.message}</p>
      ) : open.length === 0 ? (
        <p>Aanmelden kan niet meer: alle sessies zijn begonnen of voorbij.</p>
      ) : (
        <>
          <p>{terms.free && "Aanmelden is gratis. "}Vul je gegevens in en kies een of meer sessies.</p>
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
