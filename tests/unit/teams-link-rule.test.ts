import { describe, expect, it } from "vitest";
import { linkDeadlineWarningFrom, linkMailDeadline, linkMailsDue, linkMailsDueFrom, linkMissing, linkTiming, missingLinkStage, type LinkSession } from "@/lib/teams-link-rule";

const HOUR = 60 * 60 * 1000;
const rule = { leadHours: 48 };
const startsAt = new Date("2027-06-04T11:30:00Z");
const session = (over: Partial<LinkSession> = {}): LinkSession => ({
  startsAt,
  endsAt: new Date(startsAt.getTime() + HOUR),
  hasTeamsLink: true,
  cancelled: false,
  ...over,
});
const before = (hours: number) => new Date(startsAt.getTime() - hours * HOUR);

describe("when a registrant gets the Teams link", () => {
  it("the mails are due from REMINDER_LEAD_HOURS before the start, until the session ends", () => {
    expect(linkMailsDueFrom(session(), rule)).toEqual(before(48));
    expect(linkMailsDue(session(), before(48.01), rule)).toBe(false);
    expect(linkMailsDue(session(), before(48), rule)).toBe(true);
    expect(linkMailsDue(session(), before(-0.99), rule)).toBe(true);
    expect(linkMailsDue(session(), before(-1), rule)).toBe(false);
  });

  it("the mails wait for a link, and never go out for a cancelled session", () => {
    expect(linkMailsDue(session({ hasTeamsLink: false }), before(30), rule)).toBe(false);
    expect(linkMailsDue(session({ cancelled: true }), before(30), rule)).toBe(false);
  });

  it("they must reach the mail server 24 hours before the start", () => {
    expect(linkMailDeadline(session())).toEqual(before(24));
  });

  it("a missing link is a problem from the moment the mails are due, until the start", () => {
    const missing = session({ hasTeamsLink: false });
    expect(linkMissing(missing, before(48.01), rule)).toBe(false);
    expect(linkMissing(missing, before(48), rule)).toBe(true);
    expect(linkMissing(missing, before(0.01), rule)).toBe(true);
    expect(linkMissing(missing, before(0), rule)).toBe(false);
    expect(linkMissing(session(), before(30), rule)).toBe(false);
    expect(linkMissing(session({ hasTeamsLink: false, cancelled: true }), before(30), rule)).toBe(false);
  });

  it("promises the link within minutes only when a link mail would go out now", () => {
    expect(linkTiming(session(), before(100), rule)).toBe("by-deadline");
    expect(linkTiming(session(), before(30), rule)).toBe("within-minutes");
    expect(linkTiming(session(), before(10), rule)).toBe("within-minutes");
    expect(linkTiming(session({ hasTeamsLink: false }), before(30), rule)).toBe("by-deadline");
    expect(linkTiming(session({ hasTeamsLink: false }), before(10), rule)).toBe("once-set");
  });

  it("follows REMINDER_LEAD_HOURS", () => {
    expect(linkTiming(session(), before(60), { leadHours: 72 })).toBe("within-minutes");
    expect(linkTiming(session(), before(60), rule)).toBe("by-deadline");
  });
});

describe("how urgent a missing link is", () => {
  const missing = session({ hasTeamsLink: false });

  it("is due when the link mails become due, and near from 6 hours before the deadline until the start", () => {
    expect(linkDeadlineWarningFrom(missing)).toEqual(before(30));
    expect(missingLinkStage(missing, before(48.01), rule)).toBeNull();
    expect(missingLinkStage(missing, before(48), rule)).toBe("due");
    expect(missingLinkStage(missing, before(30.01), rule)).toBe("due");
    expect(missingLinkStage(missing, before(30), rule)).toBe("near");
    expect(missingLinkStage(missing, before(1), rule)).toBe("near");
    expect(missingLinkStage(missing, startsAt, rule)).toBeNull();
  });

  it("is nothing for a session with a link or one called off", () => {
    expect(missingLinkStage(session(), before(40), rule)).toBeNull();
    expect(missingLinkStage(session({ hasTeamsLink: false, cancelled: true }), before(40), rule)).toBeNull();
  });

  it("has no second stage when the lead time is so short that the first warning comes after the warning moment", () => {
    expect(missingLinkStage(missing, before(24), { leadHours: 24 })).toBe("due");
    expect(missingLinkStage(missing, before(2), { leadHours: 24 })).toBe("due");
  });
});
