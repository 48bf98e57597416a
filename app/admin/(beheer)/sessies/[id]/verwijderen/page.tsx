import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { HAD_SIGN_UPS } from "@/lib/admin/session-lifecycle";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSessionEditor } from "@/lib/server/admin";
import { PAST_SERIES } from "@/lib/series/state";
import { formatSessionTime } from "@/lib/time";
import { removeSessionAction } from "../../actions";
import styles from "../../../../admin.module.css";

export const metadata: Metadata = { title: "Sessie verwijderen?" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ fout: z.literal("1").optional().catch(undefined) });

export default async function RemoveSessionPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  const session = id.success ? await getSessionEditor(id.data) : null;
  if (!session) notFound();
  const { fout } = querySchema.parse(await searchParams);
  const back = `/admin/sessies/${session.id}`;
  const refused = session.readOnly ? PAST_SERIES : !session.removable ? HAD_SIGN_UPS : null;

  return (
    <>
      <h1>Sessie {session.position} verwijderen?</h1>
      <p>
        ‘{session.title}’ op {formatSessionTime(session.startsAt, session.endsAt)}.
      </p>
      {refused ? (
        <>
          <p className={styles.errorBox} role="alert">
            {refused}
          </p>
          <p>
            <Link href={back}>Terug naar de sessie</Link>
          </p>
        </>
      ) : (
        <>
          {fout && (
            <p className={styles.errorBox} role="alert">
              Het verwijderen is niet gelukt. Er is niets gewijzigd. Probeer het nog eens.
            </p>
          )}
          <p className={styles.warning}>
            Niemand heeft zich voor deze sessie aangemeld, dus er gaat geen mail uit. De sessie verdwijnt van de site en uit
            het overzicht. Dit kun je niet ongedaan maken.
          </p>
          <ConfirmForm action={removeSessionAction} fields={{ id: session.id }} confirm="Ja, verwijder de sessie" back={back} />
        </>
      )}
    </>
  );
}
