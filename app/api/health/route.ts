import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 200 when the database answers; nothing else is revealed. */
export async function GET() {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return new Response("ok", { headers: { "cache-control": "no-store" } });
  } catch {
    return new Response("unavailable", { status: 503, headers: { "cache-control": "no-store" } });
  }
}
