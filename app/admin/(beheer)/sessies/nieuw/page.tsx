import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SessionEditor } from "@/components/admin/session-editor";
import { SESSION_FIELDS, type SessionFormValues } from "@/lib/admin/session-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSeries } from "@/lib/server/series";
import { createSessionAction } from "../actions";

export const metadata: Metadata = { title: "Sessie toevoegen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ reeks: z.string().regex(/^[a-z0-9]{20,40}$/).optional().catch(undefined) });

const EMPTY = Object.fromEntries(SESSION_FIELDS.map((field) => [field, ""])) as SessionFormValues;

export default async function NewSessionPage({ searchParams }: Props) {
  await requireAdmin();
  const { reeks } = querySchema.parse(await searchParams);
  // A draft series' page links here with its id; without one, the session joins the public series.
  const draft = reeks ? await getSeries(reeks) : null;
  const series = draft?.state === "draft" ? draft : null;

  return (
    <>
      <p>
        <Link href={series ? `/admin/reeksen/${series.id}` : "/admin"}>Terug</Link>
      </p>
      <h1>Sessie toevoegen</h1>
      <p>
        {series ? (
          <>De sessie komt achteraan in de conceptreeks ‘{series.title}’. Bezoekers zien haar pas als de reeks is gepubliceerd.</>
        ) : (
          <>De sessie komt achteraan in het programma op de site. Daarna kun je de volgorde veranderen.</>
        )}
      </p>
      <SessionEditor save={createSessionAction} seriesId={series?.id} initial={EMPTY} submitLabel="Sessie toevoegen" />
    </>
  );
}
