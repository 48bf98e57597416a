import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { ALREADY_CANCELLED, COUNTS_CHANGED, ENDED, people } from "@/lib/admin/sessions";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSessionEditor } from "@/lib/server/admin";
import { formatSessionTime } from "@/lib/time";
import { cancelSessionAction } from "../actions";
import styles from "../../../../admin.module.css";

export const metadata: Metadata = { title: "Sessie laten vervallen?" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ gewijzigd: z.literal("1").optional().catch(undefined) });

export default async function CancelSessionPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  // Counted now, as this page is shown; the action calls the session off only if they still hold.
  const session = id.success ? await getSessionEditor(id.data) : null;
  if (!session) notFound();
  const { gewijzigd } = querySchema.parse(await searchParams);
  const back = `/admin/sessies/${session.id}`;
  const { confirmed, waitlisted } = session;
  const total = confirmed + waitlisted;
  const refused = session.cancelledAt ? ALREADY_CANCELLED : session.ended ? ENDED : null;

  return (
    <>
      <h1>Sessie {session.position} laten vervallen?</h1>
      <p>
        ‘{session.title}’ op {formatSessionTime(session.startsAt, session.endsAt)}.
      </p>
      {refused ? (
        <>
          <p className={styles.errorBox} role="alert">{refused}</p>
          <p>
            <Link href={back}>Terug naar de sessie</Link>
          </p>
        </>
      ) : (
        <>
          {gewijzigd && (
            <p className={styles.errorBox} role="alert">
              {COUNTS_CHANGED} Kijk hieronder wie nu een mail krijgt.
            </p>
          )}
          <div className={styles.warning}>
            {total === 0 ? (
              <p><strong>Niemand is aangemeld voor deze sessie. Er gaat dus geen mail uit.</strong></p>
            ) : (
              <p>
                <strong>
                  {people(total)} {total === 1 ? "krijgt" : "krijgen"} een mail dat de sessie niet doorgaat:
                </strong>{" "}
                {people(confirmed)} {confirmed === 1 ? "die is" : "die zijn"} aangemeld en {people(waitlisted)} op de wachtlijst.
                Zij worden allemaal afgemeld. In de mail staat een afzegging voor hun agenda.
              </p>
            )}
            <p>Op de website staat de sessie daarna als ‘gaat niet door’. Dit kun je niet ongedaan maken.</p>
          </div>
          <ConfirmForm
            action={cancelSessionAction}
            fields={{ id: session.id, confirmed: String(confirmed), waitlisted: String(waitlisted) }}
            confirm="Ja, laat de sessie vervallen"
            back={back}
          />
        </>
      )}
    </>
  );
}
