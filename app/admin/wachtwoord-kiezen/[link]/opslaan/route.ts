import { z } from "zod";
import { plainText } from "@/lib/http/downloads";
import { looksLikeOrganiserLink } from "@/lib/links/organiser-link";
import { choosePasswordByLink } from "@/lib/server/organisers";

// The form behind an invitation or reset link posts here, not to a server action: its page sends
// no Referer, so the browser posts with `Origin: null`, which server actions refuse. The link is
// the credential, and every answer goes to a path the server built from a link of the right shape.

const passwords = z.object({ next: z.string().max(1000), repeat: z.string().max(1000) });

const see = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer" } });

export async function POST(request: Request, { params }: { params: Promise<{ link: string }> }) {
  const { link } = await params;
  if (!looksLikeOrganiserLink(link)) return plainText(404, "Deze link werkt niet (meer). Vraag een nieuwe aan via ‘Wachtwoord vergeten?’ op de inlogpagina.");
  const page = `/admin/wachtwoord-kiezen/${link}`;
  const form = await request.formData().catch(() => new FormData());
  const parsed = passwords.safeParse({ next: form.get("next"), repeat: form.get("repeat") });
  if (!parsed.success || parsed.data.next === "") return see(`${page}?fout=leeg`);
  if (parsed.data.next !== parsed.data.repeat) return see(`${page}?fout=herhaal`);
  const result = await choosePasswordByLink(link, parsed.data.next);
  if (result.ok) return see("/admin/inloggen?wachtwoord=gekozen");
  // An expired or spent link: the page itself says so.
  return see(result.problem === "link" ? page : `${page}?fout=${result.problem === "short" ? "kort" : "zwak"}`);
}
