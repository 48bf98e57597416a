import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JoinAfter, JoinBefore, JoinGone, JoinOpen } from "@/components/join/join-phases";
import { getJoinPageFor } from "@/lib/server/join";

export const dynamic = "force-dynamic";

// Not indexed, and the link never leaves with a referrer (next.config.ts sends no-referrer).
export const metadata: Metadata = {
  title: "Deelnemen aan de sessie",
  description: "Je persoonlijke pagina om mee te doen aan een online sessie over co-creatie.",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ link: string }> };

const HEADINGS = { before: "Je sessie", open: "De sessie begint", ended: "Na de sessie" } as const;

/** A person's way into one session. Only pressing its button counts as joining: a visit never does. */
export default async function JoinPage({ params }: Props) {
  const page = await getJoinPageFor((await params).link);
  if (!page) notFound();
  const gone = page.session.cancelled || page.status !== "confirmed";

  return (
    <>
      <h1>{gone ? "Je kunt niet meedoen aan deze sessie" : HEADINGS[page.phase]}</h1>
      {gone ? (
        <JoinGone page={page} />
      ) : page.phase === "before" ? (
        <JoinBefore page={page} />
      ) : page.phase === "open" ? (
        <JoinOpen page={page} />
      ) : (
        <JoinAfter page={page} />
      )}
    </>
  );
}
