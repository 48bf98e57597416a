import { describe, expect, it } from "vitest";
import { fromAmsterdamLocalInput, toAmsterdamLocalInput } from "@/lib/time";

describe("the editor's Amsterdam wall-clock times", () => {
  it("reads a summer time (UTC+2) as the right UTC instant", () => {
    expect(fromAmsterdamLocalInput("2027-06-04T13:30")?.toISOString()).toBe("2027-06-04T11:30:00.000Z");
  });

  it("reads a winter time (UTC+1) as the right UTC instant", () => {
    expect(fromAmsterdamLocalInput("2027-01-15T13:30")?.toISOString()).toBe("2027-01-15T12:30:00.000Z");
  });

  it("shows an instant as the Amsterdam time, in summer and in winter", () => {
    expect(toAmsterdamLocalInput(new Date("2027-06-04T11:30:00Z"))).toBe("2027-06-04T13:30");
    expect(toAmsterdamLocalInput(new Date("2027-12-03T12:30:00Z"))).toBe("2027-12-03T13:30");
    // Late in the evening UTC is already the next day in Amsterdam.
    expect(toAmsterdamLocalInput(new Date("2027-12-31T23:15:00Z"))).toBe("2028-01-01T00:15");
  });

  it("gives back what it read, on both sides of the clock change", () => {
    for (const value of ["2027-03-28T01:59", "2027-03-28T03:00", "2027-10-31T01:30", "2027-10-31T03:30"]) {
      expect(toAmsterdamLocalInput(fromAmsterdamLocalInput(value)!)).toBe(value);
    }
  });

  it("refuses the hour that does not exist when summer time starts", () => {
    expect(fromAmsterdamLocalInput("2027-03-28T02:30")).toBeNull();
  });

  it("reads the hour that occurs twice when winter time starts as the second one (winter time)", () => {
    expect(fromAmsterdamLocalInput("2027-10-31T02:30")?.toISOString()).toBe("2027-10-31T01:30:00.000Z");
  });

  it("refuses dates and times that do not exist, and anything that is not YYYY-MM-DDTHH:mm", () => {
    for (const value of ["2027-02-30T10:00", "2027-13-01T10:00", "2027-06-04T24:00", "2027-06-04T13:60", "2027-06-04 13:30", "4-6-2027 13:30", "", "2027-06-04T13:30Z"]) {
      expect(fromAmsterdamLocalInput(value), value).toBeNull();
    }
  });
});
