import { describe, expect, it } from "vitest";
import { getSessionOverview } from "@/lib/data/admin-overview";
import { drainOutbox } from "@/lib/mail/sender";
import { register } from "@/lib/registration/register";
import { LINK_TIMING_TEXT } from "@/lib/teams-link-rule";
import { person, RULES } from "../support/fixtures";
import { settings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";

// Every text about when the Teams link comes asks lib/teams-link-rule.ts, so none promises what
// the planner will not do.

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
const HOUR = 60 * 60 * 1000;

const world = withMailWorld();
const session = () => world.s[1];
const before = (hours: number) => new Date(session().startsAt.getTime() - hours * HOUR);

async function confirmationAt(now: Date) {
  await register(world.db, person("anne@example.nl", [session().id]), now, RULES);
  await drainOutbox(world.db, world.mailer, now, settings);
  return world.smtp.mails.find((mail) => /aanmelding voor/.test(mail.subject))!;
}

describe("the confirmation's promise about the Teams link", () => {
  it("makes no promise of the link within minutes for a session without a link, inside the window", async () => {
    const mail = await confirmationAt(before(30));
    expect(mail.text).not.toContain(LINK_TIMING_TEXT["within-minutes"]);
    expect(mail.text).toContain(LINK_TIMING_TEXT["by-deadline"]);
    // The planner agrees: no link mail was queued.
    expect(await world.db.outboxMail.count({ where: { kind: "link" } })).toBe(0);
  });

  it("promises no date at all once the deadline has passed without a link", async () => {
    const mail = await confirmationAt(before(10));
    expect(mail.text).not.toContain(LINK_TIMING_TEXT["within-minutes"]);
    expect(mail.text).not.toContain(LINK_TIMING_TEXT["by-deadline"]);
    expect(mail.text).toContain(LINK_TIMING_TEXT["once-set"]);
  });

  it("promises the link within minutes when there is one, and the link mail is indeed on its way", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS } });
    const mail = await confirmationAt(before(30));
    expect(mail.text).toContain(LINK_TIMING_TEXT["within-minutes"]);
    const linkMails = world.smtp.mails.filter((sent) => /Teams-link/.test(sent.subject));
    expect(linkMails).toHaveLength(1);
    expect(linkMails[0].text).toContain(TEAMS);
  });
});

describe("the organisers' overview", () => {
  it("warns about a missing link from the moment the link mails are due, with the 24-hour deadline", async () => {
    const shown = async (now: Date) => (await getSessionOverview(world.db, session().seriesId, now, RULES)).find((row) => row.id === session().id)!;
    expect((await shown(before(48.01))).missingLinkWarning).toBe(false);
    expect((await shown(before(48))).missingLinkWarning).toBe(true);
    expect((await shown(before(48))).deadline).toEqual(before(24));
    const withLeadOf72 = (await getSessionOverview(world.db, session().seriesId, before(72), { leadHours: 72 })).find((row) => row.id === session().id)!;
    expect(withLeadOf72.missingLinkWarning).toBe(true);
  });
});
