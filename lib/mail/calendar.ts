import { createEvent, type EventAttributes } from "ics";
import { formatCalendarDate } from "@/lib/time";

export type CalendarEvent = {
  /** Stable per sign-up, so every later mail updates the same calendar entry. */
  uid: string;
  /** Must grow with each update; calendar apps ignore an update with an older or equal number. */
  sequence: number;
  method: "REQUEST" | "CANCEL";
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  url?: string | null;
  organizer: { name: string; email: string };
  /** Gmail and Outlook only show an invitation card when the recipient is listed. */
  attendee?: { name: string; email: string };
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
      ? `${event.description}\n\nDeelnemen via Microsoft Teams: ${url}`
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
    attendees: event.attendee
      ? [{ ...event.attendee, name: parameterText(event.attendee.name), rsvp: false, partstat: "ACCEPTED", role: "REQ-PARTICIPANT" }]
      : undefined,
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

/**
 * A parameter value (CN) may hold no double quote at all (RFC 5545 3.1), and `ics` writes one as \",
 * which strict calendars reject; a name typed with quotes gets single ones instead.
 */
const parameterText = (text: string) => text.replaceAll('"', "'");
