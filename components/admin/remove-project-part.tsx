import { notFound } from "next/navigation";
import { z } from "zod";
import { removeProjectPartAction } from "@/app/admin/(beheer)/project/actions";
import styles from "@/app/admin/admin.module.css";
import { partIdSchema } from "@/lib/admin/project-form";
import type { PartName } from "@/lib/admin/project-fields";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getProjectPart } from "@/lib/server/project";
import { ConfirmForm } from "./confirm-form";

type Props = { kind: PartName; params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ fout: z.literal("1").optional().catch(undefined) });

const WORDS = {
  onderdeel: { title: "Onderdeel verwijderen?", what: "Het onderdeel", confirm: "Ja, verwijder het onderdeel", kind: "section" },
  onderzoeker: { title: "Onderzoeker verwijderen?", what: "De onderzoeker", confirm: "Ja, verwijder de onderzoeker", kind: "researcher" },
} as const;

/** The confirmation step before a section or researcher leaves the project page. */
export async function RemoveProjectPart({ kind, params, searchParams }: Props) {
  await requireAdmin();
  const id = partIdSchema.safeParse((await params).id);
  const part = id.success ? await getProjectPart(WORDS[kind].kind, id.data) : null;
  if (!id.success || !part) notFound();
  const { fout } = querySchema.parse(await searchParams);
  const words = WORDS[kind];
  return (
    <>
      <h1>{words.title}</h1>
      <p>‘{part.label}’</p>
      {fout && (
        <p className={styles.errorBox} role="alert">
          Het verwijderen is niet gelukt. Er is niets gewijzigd. Probeer het nog eens.
        </p>
      )}
      <p className={styles.warning}>
        {words.what} verdwijnt meteen van de projectpagina. Het logboek bewaart de hele tekst, zodat je die later opnieuw kunt
        toevoegen.
      </p>
      <ConfirmForm action={removeProjectPartAction} fields={{ soort: kind, id: id.data }} confirm={words.confirm} back={`/admin/project#${kind}-${id.data}`} />
    </>
  );
}
