import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageEditor } from "@/components/admin/message-editor";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { getSessionEditor } from "@/lib/server/admin";
import { formatSessionTime } from "@/lib/time";

export const metadata: Metadata = { title: "Bericht aan de aangemelden" };

type Props = { params: Promise<{ id: string }> };

export default async function MessagePage({ params }: Props) {
  await requireAdmin();
  const id = sessionIdSchema.safeParse((await params).id);
  const session = id.success ? await getSessionEditor(id.data) : null;
  if (!session) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/sessies/${session.id}`}>Terug naar de sessie</Link>
      </p>
      <h1>Bericht aan de aangemelden</h1>
      <p>
        Sessie {session.position}: {session.title}, {formatSessionTime(session.startsAt, session.endsAt)}. Nu {session.confirmed}{" "}
        aangemeld en {session.waitlisted} op de wachtlijst.
      </p>
      <p>Eerst zie je een voorbeeld. Pas als je daarna je wachtwoord geeft, wordt het bericht verstuurd.</p>
      <MessageEditor sessionId={session.id} />
    </>
  );
}
