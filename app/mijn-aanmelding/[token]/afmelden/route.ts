import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { registrantForToken } from "@/lib/registration/manage-token";
import { kickScheduler } from "@/lib/scheduler/in-process";

// A route handler rather than a server action: the manage page sends `Referrer-Policy: no-referrer`,
// so browsers post its forms with `Origin: null`, which Next refuses for server actions. The token
// in the URL is the credential, so a forged cross-site post cannot name anyone's sign-ups.

const form = z.object({ signUp: z.union([z.literal("all"), z.string().regex(/^[a-z0-9]{20,40}$/)]) });

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const page = new URL(`/mijn-aanmelding/${token}`, env().APP_URL);
  const parsed = form.safeParse({ signUp: (await request.formData().catch(() => new FormData())).get("signUp") });
  const now = new Date();
  const registrantId = await registrantForToken(db(), token, now);
  if (!parsed.success || !registrantId) return redirectTo(page);

  const { signUp } = parsed.data;
  const rules = { leadHours: env().REMINDER_LEAD_HOURS };
  const cancelled = await cancelOwnSignUps(db(), registrantId, signUp === "all" ? "all" : [signUp], now, rules);
  if (cancelled.length > 0) kickScheduler();
  page.searchParams.set("afgemeld", String(cancelled.length));
  return redirectTo(page);
}

function redirectTo(url: URL) {
  // 303: the browser follows with a GET, so a reload does not post again.
  return new Response(null, { status: 303, headers: { location: url.pathname + url.search, "referrer-policy": "no-referrer" } });
}
