import { describe, expect, it } from "vitest";
import { z } from "zod";
import { END_BEFORE_START, formValuesOf, sessionFormSchema, TEAMS_URL_ERROR } from "@/lib/admin/session-form";

const valid = {
  phase: "initiëren",
  title: "Hoe start je een co-creatie-initiatief?",
  summary: "",
  description: "Eerste alinea.\r\n\r\nTweede alinea.",
  speakerName: "Nynke Joustra",
  speakerRole: "Projectleider",
  speakerOrganisation: "",
  capacity: "",
  startsAt: "2027-06-04T13:30",
  endsAt: "2027-06-04T14:30",
  teamsUrl: "",
};

const parse = (changes: Partial<Record<keyof typeof valid, string | null>>) => sessionFormSchema.safeParse({ ...valid, ...changes });
const errorsOf = (changes: Partial<Record<keyof typeof valid, string | null>>) => {
  const result = parse(changes);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("the Teams-link field", () => {
  it("may stay empty while there is no link yet", () => {
    expect(parse({ teamsUrl: "" }).data?.teamsUrl).toBeNull();
    expect(parse({ teamsUrl: "   " }).data?.teamsUrl).toBeNull();
  });

  it("accepts a link on teams.microsoft.com or teams.live.com", () => {
    for (const url of [
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d",
      "https://teams.live.com/meet/9876543210",
      "  https://teams.microsoft.com/meet/123?p=abc  ",
    ]) {
      expect(parse({ teamsUrl: url }).data?.teamsUrl, url).toBe(url.trim());
    }
  });

  it("refuses anything else with the same clear message", () => {
    for (const url of [
      "http://teams.microsoft.com/l/meetup-join/abc",
      "https://teams.microsoft.com.evil.nl/l/meetup-join/abc",
      "https://evil.nl/teams.microsoft.com/l/meetup-join/abc",
      "https://evil.nl/?https://teams.microsoft.com/",
      "https://user:pass@teams.microsoft.com/l/meetup-join/abc",
      "https://teams.microsoft.com@evil.nl/l/meetup-join/abc",
      "https://teams.microsoft.com:8443/l/meetup-join/abc",
      "https://teams.microsoft.com./l/meetup-join/abc",
      "https://zoom.us/j/123",
      "https:teams.microsoft.com/l/meetup-join/abc",
      "https://teams.microsoft.com/l/meetup\njoin/abc",
      "javascript:alert(1)//https://teams.microsoft.com/",
      "teams.microsoft.com/l/meetup-join/abc",
    ]) {
      expect(errorsOf({ teamsUrl: url }).teamsUrl, url).toEqual([TEAMS_URL_ERROR]);
    }
  });
});

describe("the number of places", () => {
  it("is unlimited when empty", () => {
    expect(parse({ capacity: "" }).data?.capacity).toBeNull();
  });

  it("takes a whole number from 1 to 10000", () => {
    expect(parse({ capacity: "1" }).data?.capacity).toBe(1);
    expect(parse({ capacity: " 25 " }).data?.capacity).toBe(25);
    expect(parse({ capacity: "10000" }).data?.capacity).toBe(10_000);
  });

  it("refuses zero, too many, fractions and words", () => {
    for (const capacity of ["0", "10001", "2.5", "-3", "twintig", "1e3"]) {
      expect(errorsOf({ capacity }).capacity, capacity).toHaveLength(1);
    }
  });
});

describe("the times", () => {
  it("are read as Dutch time and stored as UTC", () => {
    const summer = parse({}).data!;
    expect(summer.startsAt.toISOString()).toBe("2027-06-04T11:30:00.000Z");
    expect(summer.endsAt.toISOString()).toBe("2027-06-04T12:30:00.000Z");
    const winter = parse({ startsAt: "2027-12-03T13:30", endsAt: "2027-12-03T14:30" }).data!;
    expect(winter.startsAt.toISOString()).toBe("2027-12-03T12:30:00.000Z");
  });

  it("refuses an end before or at the start, next to the end field", () => {
    expect(errorsOf({ endsAt: "2027-06-04T13:00" }).endsAt).toEqual([END_BEFORE_START]);
    expect(errorsOf({ endsAt: "2027-06-04T13:30" }).endsAt).toEqual([END_BEFORE_START]);
  });

  it("shows the end-before-start mistake together with mistakes in other fields", () => {
    const errors = errorsOf({ endsAt: "2027-06-04T13:00", title: "" });
    expect(errors.endsAt).toEqual([END_BEFORE_START]);
    expect(errors.title).toHaveLength(1);
  });

  it("refuses a missing or impossible time", () => {
    expect(errorsOf({ startsAt: "" }).startsAt).toEqual(["Vul de begintijd in."]);
    expect(errorsOf({ startsAt: null }).startsAt).toHaveLength(1);
    expect(errorsOf({ startsAt: "2027-02-30T13:30" }).startsAt).toHaveLength(1);
    expect(errorsOf({ startsAt: "morgen" }).startsAt).toHaveLength(1);
  });

  it("show a stored session in the form as the Dutch wall-clock time", () => {
    const values = formValuesOf(parse({ startsAt: "2027-12-03T13:30", endsAt: "2027-12-03T14:30" }).data!);
    expect(values).toMatchObject({ startsAt: "2027-12-03T13:30", endsAt: "2027-12-03T14:30", capacity: "" });
  });
});

describe("the texts", () => {
  it("require a title, a description and a speaker, and leave the optional ones null", () => {
    const errors = errorsOf({ title: " ", description: "", speakerName: "" });
    expect(Object.keys(errors).sort()).toEqual(["description", "speakerName", "title"]);
    const data = parse({}).data!;
    expect(data.summary).toBeNull();
    expect(data.speakerOrganisation).toBeNull();
    expect(data.speakerRole).toBe("Projectleider");
  });

  it("keep the description's paragraphs with plain line breaks, but refuse line breaks in a title", () => {
    expect(parse({}).data?.description).toBe("Eerste alinea.\n\nTweede alinea.");
    expect(errorsOf({ title: "Een\ntitel" }).title).toHaveLength(1);
  });

  it("refuse texts that are too long", () => {
    expect(errorsOf({ title: "x".repeat(151) }).title).toHaveLength(1);
    expect(errorsOf({ title: "x".repeat(150) }).title).toBeUndefined();
    expect(errorsOf({ description: "x".repeat(5001) }).description).toHaveLength(1);
    expect(errorsOf({ speakerOrganisation: "x".repeat(151) }).speakerOrganisation).toHaveLength(1);
  });
});
