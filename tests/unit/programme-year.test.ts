import { describe, expect, it } from "vitest";
import { programmeYear } from "@/prisma/seed/programme-year";

describe("the programme year", () => {
  it("is PROGRAMME_YEAR when that is set", () => {
    expect(programmeYear(new Date("2026-11-25T10:00:00Z"), 2031)).toBe(2031);
  });

  it("is this year while its 25 June session is still ahead", () => {
    expect(programmeYear(new Date("2027-01-10T10:00:00Z"))).toBe(2027);
    expect(programmeYear(new Date("2027-06-25T11:29:00Z"))).toBe(2027);
  });

  it("is next year once the 25 June session has started (Amsterdam time)", () => {
    expect(programmeYear(new Date("2027-06-25T11:30:00Z"))).toBe(2028);
    expect(programmeYear(new Date("2026-11-25T10:00:00Z"))).toBe(2027);
  });

  it("follows the Amsterdam calendar on New Year's Eve", () => {
    // 00.30 on 1 January in Amsterdam is still 31 December in UTC.
    expect(programmeYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});
