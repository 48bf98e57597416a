import { z } from "zod";
import { readSmallForm } from "@/lib/http/small-form";
import { linkSubject } from "@/lib/links/personal-link";
import { justCancelledCookie } from "@/lib/registration/just-cancelled";
import { cancelOwn } from "@/lib/server/personal";

// A route handler rather than a server action: a plain form post that needs nothing of Next's
// action machinery. The link in the URL is the credential, so a forged cross-site post cannot
// name anyone's sign-ups. Nothing of the request goes into the answer: the redirect is the path
// the server derives from the verified link.

const form = z.object({ signUp: z.union([z.literal("all"), z.string().regex(/^[a-z0-9]{20,40}$/)]) });

const NOT_FOUND = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Deze link werkt niet (meer)</title>
<h1>Deze link werkt niet (meer)</h1><p><a href="/link-kwijt">Vraag een nieuwe link aan</a></p></html>`;

const notFound = () => new Response(NOT_FOUND, { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });

export async function POST(request: Request, { params }: { params: Promise<{ link: string }> }) {
  const { link } = await params;
  if (!linkSubject(link)) return notFound();
  const parsed = form.safeParse({ signUp: (await readSmallForm(request))?.get("signUp") });
  if (!parsed.success) return new Response("Dit verzoek is niet compleet.", { status: 400 });
  const result = await cancelOwn(link, parsed.data.signUp === "all" ? "all" : [parsed.data.signUp]);
  if (!result) return notFound();
  // 303: the browser follows with a GET, so a reload does not post again. What was cancelled
  // rides along in a short-lived cookie for that page only, not in the URL.
  return new Response(null, {
    status: 303,
    headers: { location: result.path, "set-cookie": justCancelledCookie(result.path, result.cancelled), "referrer-policy": "same-origin" },
  });
}
