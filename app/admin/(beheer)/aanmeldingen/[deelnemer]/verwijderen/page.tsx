import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EraseButton } from "@/components/personal/erase-button";
import { EraseSummary } from "@/components/personal/erase-summary";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getErasePreviewOf } from "@/lib/server/admin";
import { eraseRegistrantAction } from "./actions";
import styles from "../../../../admin.module.css";

export const metadata: Metadata = { title: "Gegevens verwijderen" };

type Props = { params: Promise<{ deelnemer: string }> };

/** The step before an organiser erases a person at their request: what will happen, then one button. */
export default async function EraseRegistrantPage({ params }: Props) {
  await requireAdmin();
  const id = z.string().regex(/^[a-z0-9]{20,40}$/).safeParse((await params).deelnemer);
  if (!id.success) notFound();
  const preview = await getErasePreviewOf(id.data);
  if (!preview) notFound();
  return (
    <>
      <p>
        <Link href="/admin/aanmeldingen">Terug naar de aanmeldingen</Link>
      </p>
      <h1>Alle gegevens van {preview.name} verwijderen?</h1>
      <p>Doe dit als deze persoon daarom vraagt, bijvoorbeeld omdat iemand anders het e-mailadres heeft ingevuld.</p>
      <EraseSummary preview={preview} who="organiser" />
      <p>In het logboek komt alleen te staan dat je iemands gegevens hebt verwijderd, niet van wie.</p>
      <p className={styles.errorBox}>
        <strong>Dit kun je niet ongedaan maken.</strong>
      </p>
      <form action={eraseRegistrantAction}>
        <input type="hidden" name="registrant" value={id.data} />
        <EraseButton className={styles.button}>Ja, verwijder alle gegevens van {preview.name}</EraseButton>
      </form>
    </>
  );
}
