import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { openManageLink } from "@/lib/links/manage-link";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { passSettings as settings } from "../support/mail-setup";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
const HOUR = 60 * 60 * 1000;

let db: Db;
let dispose: () => Promise<void>;
let smtp: TestSmtp;
let mailer: Mailer;
let session: Awaited<ReturnType<typeof seededSessions>>[number];

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  const s = await seededSessions(db);
  session = await db.session.update({ where: { id: s[1].id }, data: { teamsUrl: TEAMS } });
  smtp = await startSmtp();
  mailer = smtpMailer(smtp.url);
  for (const email of ["a@example.nl", "b@example.nl"]) await register(db, person(email, [session.id]), BEFORE, RULES);
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  await dispose();
});

const beforeStart = (hours: number) => new Date(session.startsAt.getTime() - hours * HOUR);
const pass = (now: Date) => runPass({ db, mailer, settings }, now);
const linkMails = () => smtp.mails.filter((mail) => /Teams-link/.test(mail.subject));
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

describe("the Teams-link mail", () => {
  it("is not sent before the lead time, and goes to every confirmed registrant once it is due", async () => {
    await pass(beforeStart(48.1));
    expect(linkMails()).toHaveLength(0);

    const report = await pass(beforeStart(47.9));
    expect(report.planned).toBe(2);
    expect(linkMails().map((mail) => mail.to).sort()).toEqual(["a@example.nl", "b@example.nl"]);
    const [mail] = linkMails();
    expect(mail.subject).toBe(`De Teams-link voor vrijdag 4 juni 2027, 13.30–14.30 uur: ${session.title}`);
    expect(mail.text).toContain(TEAMS);
    expect(mail.html).toContain(`href="${TEAMS.replace(/&/g, "&amp;")}"`);
    expect(mail.text).toContain("13.30–14.30 uur");
    for (const tip of ["laptop of pc", "Chrome of Edge", "deelnemen als gast", "zichtbaar voor andere deelnemers", "microfoon en camera", "chat"]) {
      expect(mail.text).toContain(tip);
    }
    expect(mail.text).toMatch(/\/mijn-aanmelding\/[a-z0-9]{20,40}\.[A-Za-z0-9_-]{43}/);
  });

  it("carries the calendar entry of the confirmation, updated with a higher sequence, leading to the join page and not to Teams", async () => {
    await pass(BEFORE);
    await pass(beforeStart(47));
    const forA = smtp.mails.filter((mail) => mail.to === "a@example.nl");
    const [confirmation, link] = forA.map((mail) => unfold(mail.attachments[0].content));
    const field = (ics: string, name: string) => ics.match(new RegExp(`^${name}:(.*)$`, "m"))?.[1];
    expect(field(link, "UID")).toBe(field(confirmation, "UID"));
    expect(Number(field(link, "SEQUENCE"))).toBeGreaterThan(Number(field(confirmation, "SEQUENCE")));
    expect(field(link, "URL")).toMatch(/^https:\/\/sessies\.example\.nl\/deelnemen\/[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);
    expect(field(link, "URL")).toBe(field(confirmation, "URL"));
    expect(link).not.toContain(TEAMS.slice(0, 40));
  });

  it("is handed to the mail server no later than 24 hours before the start", async () => {
    const now = beforeStart(48);
    await pass(now);
    const sent = await db.outboxMail.findMany({ where: { kind: "link" } });
    expect(sent).toHaveLength(2);
    for (const mail of sent) expect(mail.sentAt!.getTime()).toBeLessThanOrEqual(beforeStart(24).getTime());
  });

  it("a second run, or two runs at once, send no second link mail", async () => {
    const now = beforeStart(30);
    await Promise.all([pass(now), pass(now), pass(now)]);
    await pass(new Date(now.getTime() + 60_000));
    expect(linkMails()).toHaveLength(2);
    expect(await db.outboxMail.count({ where: { kind: "link" } })).toBe(2);
  });

  it("reaches a late sign-up within one pass: it is queued in the sign-up's own transaction", async () => {
    await pass(beforeStart(30));
    const late = beforeStart(10);
    await register(db, person("late@example.nl", [session.id]), late, RULES);
    expect(await db.outboxMail.count({ where: { kind: "link", recipient: "late@example.nl" } })).toBe(1);
    await pass(late);
    expect(linkMails().filter((mail) => mail.to === "late@example.nl")).toHaveLength(1);
  });

  it("reaches someone who moves up from the waiting list inside the window", async () => {
    await db.session.update({ where: { id: session.id }, data: { capacity: 2 } });
    await register(db, person("waiting@example.nl", [session.id]), BEFORE, RULES);
    await pass(beforeStart(30));
    const a = await db.registrant.findUniqueOrThrow({ where: { emailKey: "a@example.nl" } });
    await cancelOwnSignUps(db, a.id, "all", beforeStart(20), RULES);
    await pass(beforeStart(20));
    expect(linkMails().filter((mail) => mail.to === "waiting@example.nl")).toHaveLength(1);
    expect(smtp.mails.some((mail) => mail.to === "waiting@example.nl" && /plek vrij/i.test(mail.subject))).toBe(true);
  });

  it("waits for a missing Teams link, and goes out as soon as the link is set", async () => {
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: null } });
    await pass(beforeStart(40));
    expect(linkMails()).toHaveLength(0);
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: TEAMS } });
    await pass(beforeStart(39.9));
    expect(linkMails()).toHaveLength(2);
  });

  it("sends one correction per registrant when the link changes after the mails went out", async () => {
    await pass(beforeStart(40));
    const newLink = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_new%40thread.v2/0";
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: newLink, linkVersion: { increment: 1 } } });
    await pass(beforeStart(39));
    await pass(beforeStart(38));
    const corrections = smtp.mails.filter((mail) => mail.subject.startsWith("Gewijzigd"));
    expect(corrections.map((mail) => mail.to).sort()).toEqual(["a@example.nl", "b@example.nl"]);
    expect(corrections[0].text).toContain(newLink);
    expect(corrections[0].text).toMatch(/gewijzigd/i);
  });

  it("sends a correction when the time changes after the mails went out", async () => {
    await pass(beforeStart(40));
    await db.session.update({
      where: { id: session.id },
      data: { endsAt: new Date(session.endsAt.getTime() + HOUR / 2), linkVersion: { increment: 1 } },
    });
    await pass(beforeStart(39));
    const corrections = smtp.mails.filter((mail) => mail.subject.startsWith("Gewijzigd"));
    expect(corrections).toHaveLength(2);
    expect(corrections[0].text).toContain("13.30–15.00 uur");
  });

  it("never sends an outdated version that was still unsent when the time changed", async () => {
    // Version 1 is queued but the server is down, so it is still unsent when the time moves.
    const down = smtpMailer("smtp://127.0.0.1:9");
    await runPass({ db, mailer: down, settings }, beforeStart(40));
    down.close();
    const startsAt = new Date(session.startsAt.getTime() + HOUR);
    await db.session.update({
      where: { id: session.id },
      data: { startsAt, endsAt: new Date(session.endsAt.getTime() + HOUR), linkVersion: { increment: 1 } },
    });
    await pass(beforeStart(30));
    await pass(beforeStart(20));
    const mails = linkMails();
    expect(mails).toHaveLength(2);
    expect(mails[0].text).toContain("14.30–15.30 uur");
    expect(await db.outboxMail.count({ where: { status: "superseded" } })).toBe(2);
  });

  it("sends nothing to someone who cancelled", async () => {
    const a = await db.registrant.findUniqueOrThrow({ where: { emailKey: "a@example.nl" } });
    await pass(beforeStart(47));
    await cancelOwnSignUps(db, a.id, "all", beforeStart(46), RULES);
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: `${TEAMS}?v=2`, linkVersion: { increment: 1 } } });
    await pass(beforeStart(45));
    expect(smtp.mails.filter((mail) => mail.to === "a@example.nl" && mail.subject.startsWith("Gewijzigd"))).toHaveLength(0);
    expect(smtp.mails.filter((mail) => mail.to === "b@example.nl" && mail.subject.startsWith("Gewijzigd"))).toHaveLength(1);
  });

  it("expires instead of sending once the session has ended", async () => {
    const down = smtpMailer("smtp://127.0.0.1:9");
    await runPass({ db, mailer: down, settings }, beforeStart(40));
    down.close();
    const report = await pass(new Date(session.endsAt.getTime() + 1));
    expect(report.expired).toBe(2);
    expect(linkMails()).toHaveLength(0);
    expect(await db.outboxMail.count({ where: { kind: "link", status: "expired" } })).toBe(2);
  });
});

describe("the retention purge", () => {
  it("deletes personal data RETENTION_DAYS after the last session and keeps anonymous counts", async () => {
    await pass(beforeStart(40));
    const manageLink = smtp.mails[0].text.match(/\/mijn-aanmelding\/([a-z0-9]+\.[A-Za-z0-9_-]{43})/)![1];
    const last = await db.session.findFirstOrThrow({ orderBy: { endsAt: "desc" } });
    const day = 24 * HOUR;
    expect((await pass(new Date(last.endsAt.getTime() + 29 * day))).purged).toBe(0);
    expect(await db.registrant.count()).toBe(2);

    expect((await pass(new Date(last.endsAt.getTime() + 30 * day))).purged).toBe(2);
    expect(await db.registrant.count()).toBe(0);
    expect(await db.signUp.count()).toBe(0);
    // A manage link dies with the person it belongs to.
    expect((await openManageLink(db, settings.linkSecret, manageLink, beforeStart(40)))?.id ?? null).toBeNull();
    expect(await db.outboxMail.count()).toBe(0);
    const tally = await db.sessionTally.findUniqueOrThrow({ where: { sessionId: session.id } });
    expect(tally).toMatchObject({ confirmed: 2, waitlisted: 0, cancelled: 0 });
    expect(await db.session.count()).toBe(4);
  });
});
