import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationDone } from "@/components/registration/registration-done";
import { getReceipt } from "@/lib/server/visitors";
import { formatSessionTime } from "@/lib/time";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Aanmelding ontvangen",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ bevestiging: string }> };

// Where a sign-up without JavaScript lands (Post/Redirect/Get): light, and a reload sends nothing.
export default async function SignedUpPage({ params }: Props) {
  const sessions = await getReceipt((await params).bevestiging);
  if (!sessions) notFound();
  const shown = sessions.map((session) => ({ ...session, when: formatSessionTime(session.startsAt, session.endsAt) }));
  return (
    <>
      <RegistrationDone sessions={shown} heading="h1" />
      <p>
        <Link href="/">Terug naar het programma</Link>
      </p>
    </>
  );
}
