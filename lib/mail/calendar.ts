import { createEvent, type EventAttributes } from "ics";
import { formatCalendarDate } from "@/lib/time";

export type CalendarEvent = {
  /** Stable per sign-up, so every later mail updates the same calendar entry. */
  uid: string;
  /** Must grow with each update; calendar apps ignore an update with an older or equal number. */
  sequence: number;
  /** REQUEST and CANCEL in mails; PUBLISH for a file downloaded from the site. */
  method: "REQUEST" | "CANCEL" | "PUBLISH";
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** Where the entry leads: the person's join page. Nothing else personal goes in the file. */
  url?: string | null;
  organizer: { name: string; email: string };
};

export type CalendarAttachment = { filename: string; content: string; contentType: string };

export function calendarAttachment(event: CalendarEvent): CalendarAttachment {
  const cancelled = event.method === "CANCEL";
  const { error, value } = createEvent(toAttributes(event));
  if (error || !value) {
    throw new Error(
      `Could not build the calendar file for ${event.uid}: ${error?.message ?? "no output"}`,
      {
        cause: error,
      },
    );
  }
  return {
    filename: fileName(cancelled ? "afmelding" : "sessie", event.startsAt),
    content: value,
    contentType: `text/calendar; charset=utf-8; method=${event.method}`,
  };
}

function toAttributes(event: CalendarEvent): EventAttributes {
  const url = event.url ?? undefined;
  return {
    productId: "-//Hogeschool Utrecht//CoSIE sessies//NL",
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    status: event.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    title: event.title,
    // Not every calendar app shows URL, so the link also goes where people look.
    description: url
      ? `${event.description}\n\nMeedoen: open vlak voor het begin je persoonlijke pagina. Daar kom je met één klik in Microsoft Teams: ${url}`
      : event.description,
    location: url ?? "Online, via Microsoft Teams",
    url,
    // UTC in, UTC out: a Z-time is unambiguous across the DST change without a VTIMEZONE block.
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    organizer: event.organizer,
  };
}

/** "sessie-4-juni-2027.ics": ASCII, and distinct per session when one mail carries several. */
function fileName(prefix: string, startsAt: Date): string {
  const day = formatCalendarDate(startsAt)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  return `${prefix}-${day}.ics`;
}
