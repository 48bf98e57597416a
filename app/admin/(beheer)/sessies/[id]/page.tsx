import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SessionEditor } from "@/components/admin/session-editor";
import { formValuesOf, sessionIdSchema } from "@/lib/admin/session-form";
import { ALREADY_CANCELLED, ENDED, people } from "@/lib/admin/sessions";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSessionEditor } from "@/lib/server/admin";
import { formatDate, formatSessionTime, formatTime } from "@/lib/time";
import styles from "../../../admin.module.css";

export const metadata: Metadata = { title: "Sessie bewerken" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  vervallen: z.coerce.number().int().min(0).optional(),
  fout: z.enum(["cancelled", "ended"]).optional(),
});

const REFUSED = { cancelled: ALREADY_CANCELLED, ended: ENDED };

export default async function SessionEditPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  const session = id.success ? await getSessionEditor(id.data) : null;
  if (!session) notFound();

  const query = querySchema.safeParse(await searchParams);
  const { vervallen, fout } = query.success ? query.data : {};
  const { confirmed, waitlisted, ended } = session;

  return (
    <>
      <p>
        <Link href="/admin">Terug naar het overzicht</Link>
      </p>
      <h1>
        Sessie {session.number}: {session.title}
      </h1>
      {vervallen !== undefined && (
        <p className={styles.notice} role="status">
          De sessie is vervallen. {people(vervallen)} {vervallen === 1 ? "krijgt" : "krijgen"} een mail dat de sessie
          niet doorgaat.
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

      <h2>Gegevens van de sessie</h2>
      <SessionEditor sessionId={session.id} initial={formValuesOf(session)} />

      {!session.cancelledAt && !ended && (
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
