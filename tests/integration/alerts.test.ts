import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDailySummarySetting, setDailySummarySetting } from "@/lib/alerts/daily-summary-setting";
import { listRecentAlerts } from "@/lib/data/alerts";
import type { Db } from "@/lib/db";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import type { AlertKind } from "@/lib/statuses";
import { DEADLINE_WARNING_HOURS, linkMailDeadline } from "@/lib/teams-link-rule";
import { formatDateTime } from "@/lib/time";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { passSettings as settings } from "../support/mail-setup";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

const HOUR = 60 * 60 * 1000;
const ORGANISERS = ["anne@hu.nl", "bram@hu.nl"];

let db: Db;
let dispose: () => Promise<void>;
let smtp: TestSmtp;
let mailer: Mailer;
let session: Awaited<ReturnType<typeof seededSessions>>[number];

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  session = (await seededSessions(db))[2];
  for (const email of ORGANISERS) {
    await db.organiser.create({ data: { email, passwordHash: "scrypt$test", passwordChangedAt: BEFORE, dailySummary: email === "anne@hu.nl" } });
  }
  smtp = await startSmtp();
  mailer = smtpMailer(smtp.url);
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  await dispose();
});

const pass = (now: Date) => runPass({ db, mailer, settings }, now);
/**
 * Two "instances" at once when the occasion arises, then twice more a minute apart: an occasion
 * must still give one alert per organiser.
 */
const passes = async (now: Date) => {
  await Promise.all([pass(now), pass(now)]);
  await pass(new Date(now.getTime() + 60_000));
  await pass(new Date(now.getTime() + 120_000));
};
const rows = (kind: AlertKind, sessionId?: string) =>
  db.outboxMail.findMany({ where: { kind, ...(sessionId ? { sessionId } : {}) }, orderBy: { recipient: "asc" }, select: { recipient: true, status: true, payload: true } });
const mailsAbout = (pattern: RegExp) => smtp.mails.filter((mail) => pattern.test(mail.subject));
const beforeStart = (hours: number) => new Date(session.startsAt.getTime() - hours * HOUR);

describe("the missing Teams link alert", () => {
  it("goes to every organiser once when the link mails become due without a link, naming the deadline in Amsterdam time", async () => {
    await passes(beforeStart(RULES.leadHours + 1));
    expect(await rows("alert-missing-link", session.id)).toHaveLength(0);

    await passes(beforeStart(RULES.leadHours - 0.5));
    const queued = await rows("alert-missing-link", session.id);
    expect(queued.map((row) => row.recipient)).toEqual(ORGANISERS);
    expect(queued.every((row) => row.status === "sent")).toBe(true);
    const mails = mailsAbout(new RegExp(`^Geen Teams-link: ${session.title}`));
    expect(mails.map((mail) => mail.to).sort()).toEqual(ORGANISERS);
    const deadline = `${formatDateTime(linkMailDeadline(session))} uur`;
    expect(deadline).toBe("donderdag 10 juni 2027 13.30 uur");
    expect(mails[0].text).toContain(deadline);
    expect(mails[0].text).toContain(`https://sessies.example.nl/admin/sessies/${session.id}`);
    expect(mails[0].html).toContain(`href="https://sessies.example.nl/admin/sessies/${session.id}"`);
  });

  it("comes a second time 6 hours before the deadline while the link is still missing, and only then", async () => {
    const warning = (offset: number) => beforeStart(24 + DEADLINE_WARNING_HOURS + offset);
    await passes(beforeStart(RULES.leadHours - 1));
    await passes(warning(0.2));
    expect(await rows("alert-missing-link", session.id)).toHaveLength(2);

    await passes(warning(0));
    expect(await rows("alert-missing-link", session.id)).toHaveLength(4);
    const second = mailsAbout(new RegExp(`^Nog steeds geen Teams-link: ${session.title}`));
    expect(second.map((mail) => mail.to).sort()).toEqual(ORGANISERS);
    expect(second[0].text).toContain("over ongeveer 6 uur");

    await passes(beforeStart(20));
    expect(await rows("alert-missing-link", session.id)).toHaveLength(4);
  });

  it("is not sent when the link was set in time, and no second one once the link was added", async () => {
    const other = (await db.session.findMany({ where: { number: { gt: session.number } }, orderBy: { number: "asc" }, take: 1 }))[0];
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: "https://teams.microsoft.com/l/meetup-join/abc" } });
    await passes(beforeStart(RULES.leadHours - 1));
    expect(await rows("alert-missing-link", session.id)).toHaveLength(0);

    // The next session: warned once, then the link comes before the second warning.
    const otherStart = (hours: number) => new Date(other.startsAt.getTime() - hours * HOUR);
    await passes(otherStart(RULES.leadHours - 1));
    expect(await rows("alert-missing-link", other.id)).toHaveLength(2);
    await db.session.update({ where: { id: other.id }, data: { teamsUrl: "https://teams.microsoft.com/l/meetup-join/def" } });
    await passes(otherStart(24 + DEADLINE_WARNING_HOURS - 1));
    expect(await rows("alert-missing-link", other.id)).toHaveLength(2);
  });

  it("that waited for the mail server is not sent once the link is set, nor once the session has begun", async () => {
    smtp.deferNext = 2;
    await pass(beforeStart(RULES.leadHours - 1));
    expect((await rows("alert-missing-link", session.id)).map((row) => row.status)).toEqual(["pending", "pending"]);
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: "https://teams.microsoft.com/l/meetup-join/abc" } });
    await pass(beforeStart(RULES.leadHours - 2));
    expect((await rows("alert-missing-link", session.id)).map((row) => row.status)).toEqual(["superseded", "superseded"]);

    const other = await db.session.findFirstOrThrow({ where: { number: { gt: session.number } }, orderBy: { number: "asc" } });
    smtp.deferNext = 2;
    await pass(new Date(other.startsAt.getTime() - 47 * HOUR));
    await pass(new Date(other.startsAt.getTime() + 60_000));
    expect((await rows("alert-missing-link", other.id)).map((row) => row.status)).toEqual(["expired", "expired"]);
    expect(smtp.mails.filter((mail) => /Teams-link/.test(mail.subject))).toHaveLength(0);
  });

  it("is not sent for a cancelled session", async () => {
    await db.session.update({ where: { id: session.id }, data: { cancelledAt: BEFORE } });
    await passes(beforeStart(RULES.leadHours - 1));
    expect(await rows("alert-missing-link", session.id)).toHaveLength(0);
  });
});

describe("the failed mails alert", () => {
  const T0 = BEFORE;
  const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
  /** Confirmations to addresses the mail server refuses for good, sent in one pass. */
  const fail = async (emails: string[], minutes: number) => {
    for (const email of emails) await register(db, person(email, [session.id]), at(minutes), RULES);
    await pass(at(minutes));
  };

  it("comes at most once an hour, counts only the mails that failed since the previous one, and links to the mail log", async () => {
    smtp.rejectRecipient = (address) => address.startsWith("bestaat-niet");
    await fail(["bestaat-niet-1@example.nl", "bestaat-niet-2@example.nl"], 0);
    await passes(at(1));
    const first = await rows("alert-failed-mails");
    expect(first.map((row) => row.recipient)).toEqual(ORGANISERS);
    const [mail] = mailsAbout(/niet aangekomen/);
    expect(mail.subject).toBe("2 mails zijn niet aangekomen");
    expect(mail.text).toContain("https://sessies.example.nl/admin/mail?status=failed");

    await fail(["bestaat-niet-3@example.nl"], 10);
    await passes(at(30));
    // passes() runs until two minutes later: the last one at 59 minutes after the first alert.
    await passes(at(58));
    expect(await rows("alert-failed-mails")).toHaveLength(2);

    await passes(at(61));
    expect(await rows("alert-failed-mails")).toHaveLength(4);
    expect(mailsAbout(/^1 mail is niet aangekomen$/)).toHaveLength(2);

    await passes(at(200));
    expect(await rows("alert-failed-mails")).toHaveLength(4);
  });

  it("does not count an alert that could not be delivered, so that alert does not raise another", async () => {
    smtp.rejectRecipient = (address) => address.startsWith("bestaat-niet") || address === "bram@hu.nl";
    await fail(["bestaat-niet-1@example.nl"], 0);
    await passes(at(1));
    const first = await rows("alert-failed-mails");
    expect(first.find((row) => row.recipient === "bram@hu.nl")?.status).toBe("failed");
    await passes(at(90));
    await passes(at(180));
    expect(await rows("alert-failed-mails")).toHaveLength(2);
  });
});

describe("the failing scheduler step alert", () => {
  it("comes once when a step starts failing and once when it works again, and again for a new failure", async () => {
    const broken = await db.massMailing.create({ data: { kind: "no-such-kind", occasion: "broken", sessionId: session.id, audience: "both", createdAt: BEFORE } });
    const step = `mass-mail:${broken.id}`;
    const at = (hours: number) => new Date(BEFORE.getTime() + hours * HOUR);
    await passes(at(0));
    const failing = await rows("alert-step-failing");
    expect(failing.map((row) => row.recipient)).toEqual(ORGANISERS);
    expect(JSON.parse(failing[0].payload)).toMatchObject({ step, since: at(0).getTime() });
    const [mail] = mailsAbout(/^Er gaat iets mis/);
    expect(mail.subject).toBe("Er gaat iets mis: mails aan alle deelnemers van een sessie klaarzetten (voor één mailing) lukt niet");
    expect(mail.text).toContain("Sinds zaterdag 1 mei 2027 12.00 uur");
    expect(mail.text).toContain(`Taak: ${step}`);
    expect(mail.text).toContain("Foutmelding: ");
    await passes(at(1));
    expect(await rows("alert-step-failing")).toHaveLength(2);
    expect(await rows("alert-step-recovered")).toHaveLength(0);

    await db.massMailing.update({ where: { id: broken.id }, data: { kind: "message", subject: "Hallo", body: "Tekst" } });
    await passes(at(2));
    await passes(at(3));
    expect((await rows("alert-step-recovered")).map((row) => row.recipient)).toEqual(ORGANISERS);
    expect(mailsAbout(/^Opgelost: mails aan alle deelnemers van een sessie klaarzetten \(voor één mailing\) lukt weer$/)).toHaveLength(2);

    await db.massMailing.create({ data: { kind: "no-such-kind", occasion: "broken again", sessionId: session.id, audience: "both", createdAt: at(4) } });
    await passes(at(4));
    expect(await rows("alert-step-failing")).toHaveLength(4);
    expect(await rows("alert-step-recovered")).toHaveLength(2);

    // The alerts page: one line per occasion, however many organisers got it, the newest first.
    const listed = await listRecentAlerts(db);
    expect(listed.map((alert) => [alert.kind, alert.recipients, alert.statuses])).toEqual([
      ["alert-step-failing", 2, { sent: 2 }],
      ["alert-step-recovered", 2, { sent: 2 }],
      ["alert-step-failing", 2, { sent: 2 }],
    ]);
    expect(listed[1].about).toBe(step);
  });
});

describe("the daily summary", () => {
  // Winter time starts in the night to Sunday 25 October 2026: 08.00 is 06.00 UTC on the Saturday and 07.00 UTC on the Sunday.
  const utc = (iso: string) => new Date(`${iso}Z`);

  it("comes at 08.00 Amsterdam time across the change to winter time, with counts per session and no names, only to organisers who asked", async () => {
    await register(db, person("vroeg@example.nl", [session.id], "Vera Vroeg"), utc("2026-10-24T05:59:00"), RULES);
    await register(db, person("later@example.nl", [session.id], "Lars Later"), utc("2026-10-24T12:00:00"), RULES);
    await register(db, person("weg@example.nl", [session.id], "Wim Weg"), utc("2026-10-24T13:00:00"), RULES);
    const wim = await db.registrant.findFirstOrThrow({ where: { email: "weg@example.nl" } });
    await cancelOwnSignUps(db, wim.id, "all", utc("2026-10-25T06:30:00"), RULES);

    await passes(utc("2026-10-25T06:00:00"));
    await pass(utc("2026-10-25T06:59:00"));
    expect(await rows("daily-summary")).toHaveLength(0);

    await passes(utc("2026-10-25T07:00:00"));
    const summaries = await rows("daily-summary");
    expect(summaries.map((row) => row.recipient)).toEqual(["anne@hu.nl"]);
    expect(JSON.parse(summaries[0].payload)).toEqual({ day: "2026-10-25", sessions: [{ sessionId: session.id, signUps: 2, cancellations: 1 }] });
    const [mail] = mailsAbout(/^Dagoverzicht/);
    expect(mail.subject).toBe("Dagoverzicht zondag 25 oktober 2026");
    expect(mail.text).toContain(`${session.title}: 2 nieuwe aanmeldingen, 1 afmelding`);
    for (const name of ["Vera", "Lars", "Wim", "vroeg@", "later@", "weg@"]) expect(mail.text + mail.html).not.toContain(name);
  });

  it("goes to whoever switched it on themselves, and each real change of the setting is in the audit log", async () => {
    const [anne, bram] = await db.organiser.findMany({ orderBy: { email: "asc" } });
    await setDailySummarySetting(db, bram.id, true);
    await setDailySummarySetting(db, bram.id, true);
    await setDailySummarySetting(db, anne.id, false);
    expect(await getDailySummarySetting(db, bram.id)).toBe(true);
    const entries = await db.auditEntry.findMany({ where: { action: "daily-summary-set" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => [entry.organiserId, JSON.parse(entry.detail)])).toEqual([[bram.id, { on: true }], [anne.id, { on: false }]]);

    await register(db, person("zaterdag@example.nl", [session.id]), utc("2026-10-24T12:00:00"), RULES);
    await passes(utc("2026-10-25T07:00:00"));
    expect((await rows("daily-summary")).map((row) => row.recipient)).toEqual(["bram@hu.nl"]);
  });

  it("is not sent on a day without changes", async () => {
    await register(db, person("zaterdag@example.nl", [session.id]), utc("2026-10-24T12:00:00"), RULES);
    await passes(utc("2026-10-25T07:00:00"));
    await passes(utc("2026-10-26T07:30:00"));
    expect((await rows("daily-summary")).map((row) => JSON.parse(row.payload).day)).toEqual(["2026-10-25"]);
  });
});
