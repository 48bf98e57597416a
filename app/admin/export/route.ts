import { z } from "zod";
import { adminOrUnauthorized } from "@/lib/auth/current-admin";
import { csvDownload, plainText } from "@/lib/http/downloads";
import { exportRegistrations } from "@/lib/server/admin";

export const dynamic = "force-dynamic";

const querySchema = z.object({ sessie: z.string().regex(/^[a-z0-9]{20,40}$/).optional() });

/** The registrations as a CSV download: all sessions, or one with ?sessie=<id>. Personal data. */
export async function GET(request: Request): Promise<Response> {
  const admin = await adminOrUnauthorized();
  if (admin instanceof Response) return admin;

  const parsed = querySchema.safeParse({ sessie: new URL(request.url).searchParams.get("sessie") ?? undefined });
  if (!parsed.success) return plainText(400, "Ongeldige sessie.");
  const download = await exportRegistrations(admin, parsed.data.sessie);
  return download ? csvDownload(download) : plainText(404, "Deze sessie bestaat niet.");
}
