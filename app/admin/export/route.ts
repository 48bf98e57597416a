import { z } from "zod";
import { audit } from "@/lib/admin/audit";
import { registrationsCsv } from "@/lib/admin/csv";
import { adminOrUnauthorized } from "@/lib/auth/current-admin";
import { listRegistrations, listSessionOptions } from "@/lib/data/admin-registrations";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const querySchema = z.object({ sessie: z.string().regex(/^[a-z0-9]{20,40}$/).optional() });

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** The registrations as a CSV download: all sessions, or one with ?sessie=<id>. Personal data. */
export async function GET(request: Request): Promise<Response> {
  const admin = await adminOrUnauthorized();
  if (admin instanceof Response) return admin;

  const parsed = querySchema.safeParse({ sessie: new URL(request.url).searchParams.get("sessie") ?? undefined });
  if (!parsed.success) return plain(400, "Ongeldige sessie.");
  const sessionId = parsed.data.sessie;
  const session = sessionId ? (await listSessionOptions(db())).find((option) => option.id === sessionId) : undefined;
  if (sessionId && !session) return plain(404, "Deze sessie bestaat niet.");

  const rows = await listRegistrations(db(), { sessionId });
  const csv = registrationsCsv(rows, sessionId);
  await audit(
    db(),
    admin,
    "export",
    `Aanmeldingen geëxporteerd als CSV: ${session ? `sessie ${session.number} (${session.title})` : "alle sessies"}, ${rows.length} personen.`,
  );
  const filename = session ? `aanmeldingen-sessie-${session.number}.csv` : "aanmeldingen-alle-sessies.csv";
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
