import { sessionPageUrl } from "./public-paths";
import { formatUtcCompact } from "./time";

// "Zet in je agenda" for the two web calendars most people use. These addresses end up in
// Microsoft's and Google's logs and in the person's calendar, so they carry the public session
// page, never a personal link.

export type CalendarLinkSession = { number: number; title: string; startsAt: Date; endsAt: Date };
export type CalendarLinks = { outlook: string; google: string };

const LOCATION = "Online, via Microsoft Teams";

export function calendarLinks(session: CalendarLinkSession, appUrl: string): CalendarLinks {
  const details = `Meer informatie: ${sessionPageUrl(appUrl, session)}`;
  const outlook = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: session.title,
    startdt: session.startsAt.toISOString(),
    enddt: session.endsAt.toISOString(),
    body: details,
    location: LOCATION,
  });
  const google = new URLSearchParams({
    action: "TEMPLATE",
    text: session.title,
    dates: `${formatUtcCompact(session.startsAt)}/${formatUtcCompact(session.endsAt)}`,
    details,
    location: LOCATION,
  });
  return {
    outlook: `https://outlook.office.com/calendar/0/deeplink/compose?${outlook}`,
    google: `https://calendar.google.com/calendar/render?${google}`,
  };
}
