import { plainText } from "@/lib/http/downloads";
import { linkSubject } from "@/lib/links/personal-link";
import { joinThrough } from "@/lib/server/join";

// "Naar Microsoft Teams" posts here: a plain form post, no JavaScript needed. Only this POST
// counts as joining; the join page's GET (a mail scanner, a link preview) never does. The link is
// the credential, and the answer goes to a URL the server chose: the session's Teams link, or the
// join page it derives from the verified link.

export async function POST(_request: Request, { params }: { params: Promise<{ link: string }> }) {
  const { link } = await params;
  const joined = linkSubject(link) ? await joinThrough(link) : null;
  if (!joined) return plainText(404, "Deze link werkt niet (meer). Een nieuwe link vraag je aan op de pagina ‘Link kwijt?’ van de website.");
  // 303: the browser follows with a GET. Not yet open, no link or no place: the join page says why.
  const location = joined.ok ? joined.teamsUrl : joined.path;
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}
