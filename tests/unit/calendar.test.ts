import { describe, expect, it } from "vitest";
import { calendarAttachment, type CalendarEvent } from "@/lib/mail/calendar";

const event: CalendarEvent = {
  uid: "signup-42@sessies.example.nl",
  sequence: 3,
  method: "REQUEST",
  title: "Hoe start je een co-creatie-initiatief?",
  description: "Online sessie over co-creatie van Hogeschool Utrecht.",
  startsAt: new Date("2027-06-04T11:30:00Z"),
  endsAt: new Date("2027-06-04T12:30:00Z"),
  organizer: { name: "CoSIE online sessies", email: "cosie@example.nl" },
};

// RFC 5545 folds long lines as CRLF plus one space or tab; assertions need the logical lines.
function lines(content: string): string[] {
  return content.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function icsLines(input: Partial<CalendarEvent>): string[] {
  return lines(calendarAttachment({ ...event, ...input }).content);
}

describe("calendar attachment", () => {
  it("keeps the sign-up's UID and sequence, so a later mail updates the same entry", () => {
    const out = icsLines({});
    expect(out).toContain("UID:signup-42@sessies.example.nl");
    expect(out).toContain("SEQUENCE:3");
  });

  it("writes a summer session in UTC", () => {
    const out = icsLines({});
    expect(out).toContain("DTSTART:20270604T113000Z");
    expect(out).toContain("DTEND:20270604T123000Z");
  });

  it("writes a winter session in UTC too", () => {
    const out = icsLines({
      startsAt: new Date("2027-01-15T12:30:00Z"),
      endsAt: new Date("2027-01-15T13:30:00Z"),
    });
    expect(out).toContain("DTSTART:20270115T123000Z");
    expect(out).toContain("DTEND:20270115T133000Z");
  });

  it("sends an invitation as a REQUEST", () => {
    const attachment = calendarAttachment(event);
    expect(lines(attachment.content)).toContain("METHOD:REQUEST");
    expect(lines(attachment.content)).not.toContain("STATUS:CANCELLED");
    expect(attachment.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
  });

  it("sends a cancellation as a CANCEL of a cancelled event", () => {
    const attachment = calendarAttachment({ ...event, method: "CANCEL", sequence: 4 });
    const out = lines(attachment.content);
    expect(out).toContain("METHOD:CANCEL");
    expect(out).toContain("STATUS:CANCELLED");
    expect(out).toContain("UID:signup-42@sessies.example.nl");
    expect(attachment.contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
  });

  it("puts the join page where calendar apps show it: URL, location and description", () => {
    const url = "https://sessies.example.nl/deelnemen/cm0000000000000000000000a.abc";
    const out = icsLines({ url });
    expect(out).toContain(`URL:${url}`);
    expect(out).toContain(`LOCATION:${url}`);
    expect(out.find((line) => line.startsWith("DESCRIPTION:"))).toContain(url);
  });

  it("has no URL without one, and then says where the session is", () => {
    const out = icsLines({ url: null });
    expect(out.some((line) => line.startsWith("URL:"))).toBe(false);
    expect(out).toContain("LOCATION:Online\\, via Microsoft Teams");
  });

  it("names no one: no attendee, only the organiser", () => {
    const out = icsLines({ url: "https://sessies.example.nl/deelnemen/x" });
    expect(out.some((line) => line.startsWith("ATTENDEE"))).toBe(false);
    expect(out.find((line) => line.startsWith("ORGANIZER"))).toMatch(/mailto:cosie@example\.nl$/i);
  });

  it("offers a downloaded file for import, as PUBLISH", () => {
    expect(icsLines({ method: "PUBLISH" })).toContain("METHOD:PUBLISH");
  });

  it("names the file in ASCII after the session day", () => {
    expect(calendarAttachment(event).filename).toBe("sessie-4-juni-2027.ics");
    expect(calendarAttachment({ ...event, method: "CANCEL" }).filename).toBe(
      "afmelding-4-juni-2027.ics",
    );
  });

  it("throws a clear error when the event cannot be built", () => {
    expect(() => calendarAttachment({ ...event, startsAt: new Date(Number.NaN) })).toThrow(
      /calendar file for signup-42@sessies\.example\.nl/,
    );
  });
});
