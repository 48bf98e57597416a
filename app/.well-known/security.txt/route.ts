import { getSecurityTxt } from "@/lib/server/public-site";

// Rendered per request: its Expires counts from now, not from the build.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(getSecurityTxt(), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=86400" },
  });
}
