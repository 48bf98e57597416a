import { z } from "zod";
import { adminOrUnauthorized } from "@/lib/auth/current-admin";
import { csvDownload, plainText } from "@/lib/http/downloads";
import { exportEvaluation } from "@/lib/server/session-outcome";

export const dynamic = "force-dynamic";

const querySchema = z.object({ sessie: z.string().regex(/^[a-z0-9]{20,40}$/) });

/** A session's evaluation answers as a CSV download, ?sessie=<id>. Anonymous, and safe from formulas. */
export async function GET(request: Request): Promise<Response> {
  const admin = await adminOrUnauthorized();
  if (admin instanceof Response) return admin;
  const parsed = querySchema.safeParse({ sessie: new URL(request.url).searchParams.get("sessie") ?? undefined });
  if (!parsed.success) return plainText(400, "Ongeldige sessie.");
  const download = await exportEvaluation(admin, parsed.data.sessie);
  return download ? csvDownload(download) : plainText(404, "Deze sessie bestaat niet.");
}
