import { calendarDownload, plainText } from "@/lib/http/downloads";
import { linkSubject } from "@/lib/links/personal-link";
import { joinCalendarFile } from "@/lib/server/join";

/** The sign-up's calendar entry: the same UID as the mailed ones, so it updates rather than doubles. */
export async function GET(_request: Request, { params }: { params: Promise<{ link: string }> }) {
  const { link } = await params;
  const file = linkSubject(link) ? await joinCalendarFile(link) : null;
  return file ? calendarDownload(file, "private, no-store") : plainText(404, "Deze link werkt niet (meer).");
}
