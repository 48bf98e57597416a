import { z } from "zod";
import { cancelOwn } from "@/lib/server/visitors";

// A route handler rather than a server action: the manage page sends `Referrer-Policy: no-referrer`,
// so browsers post its forms with `Origin: null`, which Next refuses for server actions. The link
// in the URL is the credential, so a forged cross-site post cannot name anyone's sign-ups.

const form = z.object({ signUp: z.union([z.literal("all"), z.string().regex(/^[a-z0-9]{20,40}$/)]) });

export async function POST(request: Request, { params }: { params: Promise<{ link: string }> }) {
  const { link } = await params;
  const page = new URL(`/mijn-aanmelding/${link}`, "http://site");
  const parsed = form.safeParse({ signUp: (await request.formData().catch(() => new FormData())).get("signUp") });
  const cancelled = parsed.success ? await cancelOwn(link, parsed.data.signUp === "all" ? "all" : [parsed.data.signUp]) : null;
  if (cancelled) page.searchParams.set("afgemeld", String(cancelled));
  // 303: the browser follows with a GET, so a reload does not post again.
  return new Response(null, { status: 303, headers: { location: page.pathname + page.search, "referrer-policy": "no-referrer" } });
}
