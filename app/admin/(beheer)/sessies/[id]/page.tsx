import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SessionEditor } from "@/components/admin/session-editor";
import { AttendanceSummary, EvaluationResults, FollowUpSection } from "@/components/admin/session-outcome";
import { formValuesOf, sessionIdSchema } from "@/lib/admin/session-form";
import { ALREADY_CANCELLED, ENDED, people } from "@/lib/admin/sessions";
import { PAST_SERIES } from "@/lib/series/state";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSessionEditor } from "@/lib/server/admin";
import { getSessionOutcome } from "@/lib/server/session-outcome";
import { formatDate, formatSessionTime, formatTime } from "@/lib/time";
import { updateSessionAction } from "./actions";
import styles from "../../../admin.module.css";

export const metadata: Metadata = { title: "Sessie bewerken" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  vervallen: z.coerce.number().int().min(0).optional().catch(undefined),
  fout: z.enum(["cancelled", "ended"]).optional().catch(undefined),
  bericht: z.coerce.number().int().min(0).optional().catch(undefined),
  // Evaluation answers go on after this one (their ids are random UUIDs).
  antwoorden: z.uuid().optional().catch(undefined),
  toegevoegd: z.literal("1").optional().catch(undefined),
});

const REFUSED = { cancelled: ALREADY_CANCELLED, ended: ENDED };

export default async function SessionEditPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  const session = id.success ? await getSessionEditor(id.data) : null;
  if (!session) notFound();

  const query = querySchema.safeParse(await searchParams);
  const { vervallen, fout, bericht, antwoorden, toegevoegd } = query.success ? query.data : {};
  const { confirmed, waitlisted, ended } = session;
  const outcome = await getSessionOutcome(session, antwoorden);

  return (
    <>
      <p>
        <Link href="/admin">Terug naar het overzicht</Link>
      </p>
      <h1>
        Sessie {session.position}: {session.title}
      </h1>
      {toegevoegd && (
        <p className={styles.notice} role="status">
          De sessie is toegevoegd. In de openbare reeks staat ze meteen op de site; in een concept pas als je die reeks publiceert.
        </p>
      )}
      {vervallen !== undefined && (
        <p className={styles.notice} role="status">
          De sessie is vervallen. {people(vervallen)} {vervallen === 1 ? "krijgt" : "krijgen"} een mail dat de sessie
          niet doorgaat.
        </p>
      )}
      {bericht !== undefined && (
        <p className={styles.notice} role="status">
          Het bericht wordt verstuurd aan {people(bericht)}. Je ziet de mails in het mailoverzicht.
        </p>
      )}
      {fout && (
        <p className={styles.errorBox} role="alert">
          {REFUSED[fout]}
        </p>
      )}
      {session.cancelledAt ? (
        <p className={styles.warning}>
          <strong>Deze sessie gaat niet door.</strong> Vervallen op {formatDate(session.cancelledAt)} om{" "}
          {formatTime(session.cancelledAt)} uur. Aanmelden kan niet meer.
        </p>
      ) : (
        <p>
          {ended ? "Deze sessie is voorbij." : "Deze sessie gaat door."} {formatSessionTime(session.startsAt, session.endsAt)}.{" "}
          {confirmed} aangemeld, {waitlisted} op de wachtlijst.
        </p>
      )}

      <AttendanceSummary attendance={outcome.attendance} ended={ended} />

      <section aria-labelledby="bericht-titel">
        <h2 id="bericht-titel">Bericht aan de aangemelden</h2>
        <p>Stuur iedereen die zich voor deze sessie heeft aangemeld, of op de wachtlijst staat, een mail.</p>
        <p>
          <Link href={`/admin/sessies/${session.id}/bericht`}>Bericht schrijven</Link>
        </p>
      </section>

      <h2>Gegevens van de sessie</h2>
      <p>
        Het adres van deze sessie op de site blijft altijd <code>/sessies/{session.number}</code>, ook als je de volgorde
        verandert.
      </p>
      {session.readOnly ? (
        <p className={styles.warning}>{PAST_SERIES}</p>
      ) : (
        <SessionEditor save={updateSessionAction} sessionId={session.id} initial={formValuesOf(session)} submitLabel="Opslaan" />
      )}

      <FollowUpSection
        sessionId={session.id}
        cancelled={session.cancelledAt !== null}
        followUp={outcome.followUp}
        followUpAt={outcome.followUpAt}
        mailing={outcome.mailing}
      />
      <EvaluationResults sessionId={session.id} summary={outcome.summary} answers={outcome.answers} withText={outcome.withText} after={antwoorden} />

      {session.removable && !session.readOnly && (
        <section aria-labelledby="verwijderen-titel">
          <h2 id="verwijderen-titel">Sessie verwijderen</h2>
          <p>Niemand heeft zich voor deze sessie aangemeld. Daarom kun je haar helemaal verwijderen.</p>
          <p>
            <Link href={`/admin/sessies/${session.id}/verwijderen`}>Sessie verwijderen</Link>
          </p>
        </section>
      )}
      {!session.cancelledAt && !ended && !session.readOnly && (
        <section aria-labelledby="vervallen-titel">
          <h2 id="vervallen-titel">Sessie laten vervallen</h2>
          <p>
            Gaat de sessie niet door? Dan meld je iedereen af die zich heeft aangemeld of op de wachtlijst staat. Zij krijgen
            daarover een mail. Op de volgende pagina zie je hoeveel mensen dat zijn, en bevestig je het.
          </p>
          <p>
            <Link href={`/admin/sessies/${session.id}/annuleren`}>Sessie laten vervallen</Link>
          </p>
        </section>
      )}
    </>
  );
}
