import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EraseSummary } from "@/components/personal/erase-summary";
import { EraseButton } from "@/components/personal/erase-button";
import { eraseOwnAction } from "@/app/(site)/mijn-aanmelding/actions";
import { getOwnErasePreview } from "@/lib/server/personal";
import { personalMetadata } from "../shared";
import styles from "../page.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = personalMetadata(
  "Al je gegevens verwijderen",
  "Verwijder je aanmelding en al je gegevens voor de online sessies over co-creatie. Eerst zie je precies wat er gebeurt.",
);

type Props = { params: Promise<{ link: string }> };

/** The step before erasing: what will be removed and what stays, and one button to do it. */
export default async function ErasePage({ params }: Props) {
  const { link } = await params;
  const preview = await getOwnErasePreview(link);
  if (!preview) notFound();
  return (
    <>
      <h1>Al je gegevens verwijderen?</h1>
      <p>Heb je je niet zelf aangemeld, of wil je niet meer dat we je gegevens hebben? Dan verwijder je hier alles.</p>
      <EraseSummary preview={preview} who="self" />
      <p className={styles.warning}>
        <strong>Dit kun je niet ongedaan maken.</strong> Wil je later toch naar een sessie? Dan meld je je opnieuw aan.
      </p>
      <form action={eraseOwnAction} className={styles.actions}>
        <input type="hidden" name="link" value={link} />
        <EraseButton className={styles.danger}>Ja, verwijder al mijn gegevens</EraseButton>
        <Link href={preview.path}>Nee, terug naar mijn aanmelding</Link>
      </form>
    </>
  );
}
