import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { idParam } from "@/lib/route-params";
import { getSignUpCancellation } from "@/lib/server/admin";
import { formatSessionTime } from "@/lib/time";
import { cancelSignUpAction } from "../../actions";
import styles from "../../../../admin.module.css";

export const metadata: Metadata = { title: "Aanmelding annuleren?" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The list's search and session filter, carried so both answers lead back to the same list.
const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  sessie: idParam.optional().catch(undefined),
});

export default async function CancelSignUpPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = idParam.safeParse((await params).id);
  const signUp = id.success ? await getSignUpCancellation(id.data) : null;
  if (!signUp) notFound();
  const { q, sessie } = filterSchema.parse(await searchParams);
  const filter = { ...(q ? { q } : {}), ...(sessie ? { sessie } : {}) };
  const query = new URLSearchParams(filter).toString();
  const back = `/admin/aanmeldingen${query ? `?${query}` : ""}`;
  const { session } = signUp;

  return (
    <>
      <h1>Aanmelding annuleren?</h1>
      <p>
        Aanmelding van <strong>{signUp.name}</strong> ({signUp.email}) voor sessie {session.number} (‘{session.title}’) op{" "}
        {formatSessionTime(session.startsAt, session.endsAt)}.
      </p>
      {signUp.cancellable ? (
        <>
          <div className={styles.warning}>
            <p>
              <strong>{signUp.name} krijgt een mail dat de organisatie de aanmelding heeft geannuleerd.</strong> In die mail staat
              ook dat de sessie zelf wel doorgaat, en het e-mailadres voor vragen.
            </p>
            {signUp.status === "confirmed" && (
              <p>De plek komt vrij. Staat er iemand op de wachtlijst, dan krijgt die de plek en een mail.</p>
            )}
          </div>
          <ConfirmForm
            action={cancelSignUpAction}
            fields={{ signUp: signUp.id, ...filter }}
            confirm="Ja, annuleer de aanmelding"
            back={back}
          />
        </>
      ) : (
        <>
          <p className={styles.errorBox} role="alert">
            Deze aanmelding kan niet meer worden geannuleerd. Hij is al afgemeld, of de sessie is al begonnen.
          </p>
          <p>
            <Link href={back}>Terug naar de aanmeldingen</Link>
          </p>
        </>
      )}
    </>
  );
}
