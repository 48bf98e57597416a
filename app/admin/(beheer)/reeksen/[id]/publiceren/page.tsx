import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { PUBLISH_REFUSALS } from "@/lib/admin/series";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSeries } from "@/lib/server/series";
import { publishSeriesAction } from "../../actions";
import styles from "../../../../admin.module.css";

export const metadata: Metadata = { title: "Reeks publiceren?" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ fout: z.enum(["gone", "published", "empty"]).optional().catch(undefined) });

export default async function PublishSeriesPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  const series = id.success ? await getSeries(id.data) : null;
  if (!series) notFound();
  const { fout } = querySchema.parse(await searchParams);
  const back = `/admin/reeksen/${series.id}`;
  const refused = series.state !== "draft" ? PUBLISH_REFUSALS.published : series.sessions.length === 0 ? PUBLISH_REFUSALS.empty : null;
  const error = refused ?? (fout ? PUBLISH_REFUSALS[fout] : null);
  const missingLinks = series.sessions.filter((session) => !session.hasLink).length;

  return (
    <>
      <h1>‘{series.title}’ publiceren?</h1>
      {error && (
        <p className={styles.errorBox} role="alert">
          {error}
        </p>
      )}
      {refused ? (
        <p>
          <Link href={back}>Terug naar de reeks</Link>
        </p>
      ) : (
        <>
          <div className={styles.warning}>
            <p>
              De site toont daarna deze reeks met {series.sessions.length} {series.sessions.length === 1 ? "sessie" : "sessies"}.
              Bezoekers kunnen zich meteen aanmelden. De reeks die nu op de site staat, is dan voorbij: je kunt haar nog lezen,
              maar niet meer wijzigen.
            </p>
            {missingLinks > 0 && (
              <p>
                {missingLinks === 1 ? "1 sessie heeft" : `${missingLinks} sessies hebben`} nog geen Teams-link. Dat kan: vul de
                link later in, uiterlijk voor de linkmails verstuurd moeten zijn.
              </p>
            )}
          </div>
          <ConfirmForm action={publishSeriesAction} fields={{ id: series.id }} confirm="Ja, publiceer de reeks" back={back} />
        </>
      )}
    </>
  );
}
