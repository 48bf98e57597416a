import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { idParam } from "@/lib/route-params";
import { getOrganiser } from "@/lib/server/admin";
import { removeOrganiserAction } from "../../actions";
import styles from "../../../../admin.module.css";

export const metadata: Metadata = { title: "Organisator verwijderen?" };

type Props = { params: Promise<{ id: string }> };

export default async function RemoveOrganiserPage({ params }: Props) {
  const admin = await requireAdmin();
  const id = idParam.safeParse((await params).id);
  const organiser = id.success ? await getOrganiser(id.data) : null;
  if (!organiser) notFound();
  const back = "/admin/organisatoren";

  return (
    <>
      <h1>Organisator verwijderen?</h1>
      {organiser.id === admin.id ? (
        <>
          <p className={styles.errorBox} role="alert">Je kunt jezelf niet verwijderen.</p>
          <p>
            <Link href={back}>Terug naar de organisatoren</Link>
          </p>
        </>
      ) : (
        <>
          <p>
            Je verwijdert <strong>{organiser.email}</strong> als organisator.
          </p>
          <div className={styles.warning}>
            <p>
              <strong>{organiser.email} kan daarna niet meer inloggen in het beheer.</strong> Is deze organisator nu ingelogd, dan
              stopt dat meteen.
            </p>
            <p>
              In het logboek blijft staan wat deze organisator heeft gedaan, als ‘verwijderde organisator’. Later weer toegang
              geven kan alleen de technisch beheerder.
            </p>
          </div>
          <ConfirmForm action={removeOrganiserAction} fields={{ organiser: organiser.id }} confirm="Ja, verwijder deze organisator" back={back} />
        </>
      )}
    </>
  );
}
