import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  amsterdamDailyMoment,
  amsterdamInstant,
  amsterdamYear,
  formatCalendarDate,
  formatDayMonth,
  formatSessionTime,
} from "@/lib/time";

describe("Dutch session times", () => {
  it("writes a summer session the Dutch way, from its UTC instants", () => {
    const start = new Date("2027-06-04T11:30:00Z");
    const end = new Date("2027-06-04T12:30:00Z");
    expect(formatSessionTime(start, end)).toBe("vrijdag 4 juni 2027, 13.30–14.30 uur");
    expect(formatDayMonth(start)).toBe("vrijdag 4 juni");
  });

  it("uses winter time (UTC+1) in January", () => {
    const start = new Date("2027-01-15T12:30:00Z");
    const end = new Date("2027-01-15T13:30:00Z");
    expect(formatSessionTime(start, end)).toBe("vrijdag 15 januari 2027, 13.30–14.30 uur");
  });

  it("takes the weekday from the calendar", () => {
    const start = amsterdamInstant(2026, 6, 4, 13, 30);
    expect(formatSessionTime(start, amsterdamInstant(2026, 6, 4, 14, 30))).toBe(
      "donderdag 4 juni 2026, 13.30–14.30 uur",
    );
  });

  it("turns Amsterdam wall-clock times into UTC instants on both sides of DST", () => {
    expect(amsterdamInstant(2027, 6, 4, 13, 30).toISOString()).toBe("2027-06-04T11:30:00.000Z");
    expect(amsterdamInstant(2027, 12, 3, 13, 30).toISOString()).toBe("2027-12-03T12:30:00.000Z");
    // The morning the clocks go forward (02.00 becomes 03.00), 03.30 is already summer time.
    expect(amsterdamInstant(2027, 3, 28, 3, 30).toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  it("knows the Amsterdam year around New Year's Eve in UTC", () => {
    expect(amsterdamYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(formatCalendarDate(new Date("2017-11-30T23:00:00Z"))).toBe("1 december 2017");
  });

  it("gives the same text in a server process running in another time zone", () => {
    const script = [
      'const { formatSessionTime } = require("./lib/time");',
      'console.log(formatSessionTime(new Date("2027-06-04T11:30:00Z"), new Date("2027-06-04T12:30:00Z")));',
    ].join("\n");
    const root = path.resolve(__dirname, "../..");
    for (const TZ of ["Pacific/Auckland", "America/Los_Angeles", "UTC"]) {
      const output = execFileSync(process.execPath, ["--import", "tsx", "-e", script], {
        cwd: root,
        env: { ...process.env, TZ },
        encoding: "utf8",
      });
      expect(output.trim(), TZ).toBe("vrijdag 4 juni 2027, 13.30–14.30 uur");
    }
  });
});

describe("a daily moment in Amsterdam", () => {
  it("is 08.00 local time on either side of a change of clocks, a day of 25 or 23 hours apart", () => {
    expect(amsterdamDailyMoment(new Date("2026-10-25T06:59:59Z"), 8)).toBeNull();
    expect(amsterdamDailyMoment(new Date("2026-10-25T07:00:00Z"), 8)).toEqual({
      day: "2026-10-25",
      at: new Date("2026-10-25T07:00:00Z"),
      dayBefore: new Date("2026-10-24T06:00:00Z"),
    });
    expect(amsterdamDailyMoment(new Date("2027-03-28T06:00:00Z"), 8)).toEqual({
      day: "2027-03-28",
      at: new Date("2027-03-28T06:00:00Z"),
      dayBefore: new Date("2027-03-27T07:00:00Z"),
    });
  });

  it("stays the same moment all day, until midnight in Amsterdam, and crosses a month", () => {
    expect(amsterdamDailyMoment(new Date("2027-03-01T22:59:00Z"), 8)?.at).toEqual(new Date("2027-03-01T07:00:00Z"));
    expect(amsterdamDailyMoment(new Date("2027-03-01T22:59:00Z"), 8)?.dayBefore).toEqual(new Date("2027-02-28T07:00:00Z"));
    expect(amsterdamDailyMoment(new Date("2027-03-01T23:00:00Z"), 8)).toBeNull();
  });
});
