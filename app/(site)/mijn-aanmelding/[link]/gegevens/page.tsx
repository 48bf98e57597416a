import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DetailsForm } from "@/components/personal/details-form";
import { getManagePage } from "@/lib/server/personal";
import { personalMetadata } from "../shared";
import styles from "../page.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = personalMetadata(
  "Je gegevens aanpassen",
  "Pas je naam, organisatie of functie aan voor de online sessies over co-creatie.",
);

type Props = { params: Promise<{ link: string }> };

export default async function DetailsPage({ params }: Props) {
  const { link } = await params;
  const overview = await getManagePage(link);
  if (!overview) notFound();
  return (
    <>
      <h1>Je gegevens aanpassen</h1>
      <p>
        Klopt je naam, organisatie of functie niet? Pas het hier aan. Je e-mailadres kun je niet aanpassen: meld je
        daarvoor opnieuw aan met het goede adres, en verwijder je gegevens onder dit adres.
      </p>
      <DetailsForm link={link} back={overview.path} stored={{ name: overview.name, organisation: overview.organisation, role: overview.role ?? "" }} />
      <p className={styles.more}>
        <Link href={overview.path}>Terug naar mijn aanmelding</Link>
      </p>
    </>
  );
}
