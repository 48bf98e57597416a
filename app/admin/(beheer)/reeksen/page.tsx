import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Field } from "@/components/form/field";
import { WEEKS_ERROR } from "@/lib/admin/series";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSeriesList } from "@/lib/server/series";
import { SERIES_STATE_LABEL } from "@/lib/series/state";
import { formatDate } from "@/lib/time";
import { copySeriesAction } from "./actions";
import styles from "../../admin.module.css";

export const metadata: Metadata = { title: "Reeksen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  fout: z.enum(["weken", "bron"]).optional().catch(undefined),
  weken: z.string().max(20).optional().catch(undefined),
});

export default async function SeriesListPage({ searchParams }: Props) {
  await requireAdmin();
  const { fout, weken } = querySchema.parse(await searchParams);
  const series = await getSeriesList();
  const source = series.find((one) => one.state === "public") ?? series[0];

  return (
    <>
      <h1>Reeksen</h1>
      <p>
        Er staat steeds één reeks op de site. Een nieuwe reeks begin je als kopie van de huidige: alle sessies en teksten,
        met de data een aantal weken later, op dezelfde tijd. De kopie is een concept tot je haar publiceert. Teams-links en
        aanmeldingen worden niet gekopieerd.
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>Alle reeksen</caption>
          <thead>
            <tr>
              <th scope="col">Reeks</th>
              <th scope="col">Status</th>
              <th scope="col" className={styles.numeric}>Sessies</th>
              <th scope="col">Van – tot</th>
            </tr>
          </thead>
          <tbody>
            {series.map((one) => (
              <tr key={one.id}>
                <th scope="row">
                  <Link href={`/admin/reeksen/${one.id}`}>{one.title}</Link>
                </th>
                <td data-label="Status">{SERIES_STATE_LABEL[one.state]}</td>
                <td data-label="Sessies" className={styles.numeric}>{one.sessions}</td>
                <td data-label="Van – tot">{one.firstStartsAt && one.lastEndsAt ? `${formatDate(one.firstStartsAt)} – ${formatDate(one.lastEndsAt)}` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {source && (
        <section aria-labelledby="kopie-titel">
          <h2 id="kopie-titel">Nieuwe reeks maken</h2>
          {fout === "bron" && (
            <p className={styles.errorBox} role="alert">
              De reeks om te kopiëren bestaat niet meer. Er is niets gekopieerd.
            </p>
          )}
          <form action={copySeriesAction} noValidate className={styles.form}>
            <input type="hidden" name="bron" value={source.id} />
            <p>Kopie van ‘{source.title}’.</p>
            <Field
              name="weken"
              label="Hoeveel weken later?"
              hint="De sessies krijgen dezelfde weekdag en dezelfde tijd, dit aantal weken later. Een jaar later is 52 weken."
              inputMode="numeric"
              defaultValue={weken ?? "52"}
              errors={fout === "weken" ? [WEEKS_ERROR] : undefined}
            />
            <button type="submit" className={styles.button}>
              Maak een conceptreeks
            </button>
          </form>
        </section>
      )}
    </>
  );
}
