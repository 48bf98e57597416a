import { z } from "zod";
import { adminOrUnauthorized } from "@/lib/auth/current-admin";
import { exportRegistrations } from "@/lib/server/admin";

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
  const download = await exportRegistrations(admin, parsed.data.sessie);
  if (!download) return plain(404, "Deze sessie bestaat niet.");
  return new Response(download.stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${download.filename}"`,
      "cache-control": "no-store",
    },
  });
}
