import { databaseAnswers } from "@/lib/server/visitors";

export const dynamic = "force-dynamic";

/** 200 when the database answers; nothing else is revealed. */
export async function GET() {
  const ok = await databaseAnswers();
  return new Response(ok ? "ok" : "unavailable", { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
