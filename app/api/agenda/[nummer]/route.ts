import { calendarDownload, plainText } from "@/lib/http/downloads";
import { sessionNumberParam } from "@/lib/route-params";
import { getSessionCalendarFile } from "@/lib/server/public-site";

// /sessies/<nummer>/agenda.ics (next.config.ts): a session's public calendar entry, the same for
// everyone. It names no one and leads to the public session page.

export async function GET(_request: Request, { params }: { params: Promise<{ nummer: string }> }) {
  const number = sessionNumberParam.safeParse((await params).nummer);
  const file = number.success ? await getSessionCalendarFile(number.data) : null;
  return file ? calendarDownload(file, "public, max-age=300") : plainText(404, "Deze sessie bestaat niet.");
}
