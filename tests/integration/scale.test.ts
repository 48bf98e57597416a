import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BATCH_SIZE } from "@/lib/batch";
import type { Db } from "@/lib/db";
import { drainOutbox } from "@/lib/mail/sender";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { SESSION_FIELDS, type SessionInput } from "@/lib/admin/session-form";
import { updateSession } from "@/lib/admin/sessions";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { seedConfirmed } from "../support/bulk";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { passSettings } from "../support/mail-setup";
import { onPostgres } from "../support/postgres";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

// One large session must not stop any mail, and must not hold up the mails people wait for.

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_large%40thread.v2/0";
const HOUR = 60 * 60 * 1000;
const LARGE = 5000;

let db: Db;
let dispose: () => Promise<void>;
let smtp: TestSmtp;
let mailer: Mailer;
let s: Awaited<ReturnType<typeof seededSessions>>;
const params: number[] = [];

beforeEach(async () => {
  params.length = 0;
  ({ db, dispose } = await freshDatabase((_query, values) => params.push(values.length)));
  s = await seededSessions(db);
  smtp = await startSmtp(0, { light: true });
  mailer = smtpMailer(smtp.url);
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  await dispose();
});

const inWindow = () => new Date(s[1].startsAt.getTime() - 30 * HOUR);
const fast = { ...passSettings, ratePerSecond: 100_000 };
const linkMailsTo = (to: string) => smtp.mails.filter((mail) => mail.to === to && mail.text.includes("Teams-link"));

describe(`a session with ${LARGE} confirmed sign-ups`, { timeout: 120_000 }, () => {
  it("gets exactly one link mail each, in one pass, with no query over the batch size", async () => {
    await db.session.update({ where: { id: s[1].id }, data: { teamsUrl: TEAMS } });
    const people = await seedConfirmed(db, s[1].id, LARGE, BEFORE);
    params.length = 0;
    const started = performance.now();
    const report = await runPass({ db, mailer, settings: fast }, inWindow());
    const seconds = (performance.now() - started) / 1000;

    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ planned: LARGE, sent: LARGE, failed: 0, left: 0 });
    expect(new Set(smtp.mails.map((mail) => mail.to)).size).toBe(LARGE);
    expect(await db.outboxMail.count({ where: { kind: "link", status: "sent" } })).toBe(LARGE);
    // Each carries its own person's escaped name, manage link and join page, in the mail and its calendar file.
    const [first, last] = [people[0], people[LARGE - 1]];
    const joinLinks = new Set<string>();
    for (const someone of [first, last]) {
      const [raw] = linkMailsTo(someone.email);
      const mail = await simpleParser(raw.text);
      expect(mail.text).toContain(`Hallo ${someone.name},`);
      expect(mail.html).toContain(someone.name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
      expect(mail.text).toContain(`/mijn-aanmelding/${someone.id}.`);
      const join = /\/deelnemen\/[a-z0-9]+\.[A-Za-z0-9_-]{43}/.exec(mail.text ?? "")![0];
      expect(mail.attachments.map((file) => file.content.toString().replace(/\r\n[ \t]/g, "")).join()).toContain(join);
      joinLinks.add(join);
    }
    expect(joinLinks.size).toBe(2);
    expect(Math.max(...params)).toBeLessThanOrEqual(BATCH_SIZE);
    // A second pass finds nothing left to do.
    expect(await runPass({ db, mailer, settings: fast }, inWindow())).toMatchObject({ planned: 0, sent: 0 });
    expect(seconds, `the pass took ${seconds.toFixed(1)} s`).toBeLessThan(60);
  });

  it("does not hold up a new sign-up's confirmation while the link mails drain", async () => {
    await db.session.update({ where: { id: s[1].id }, data: { teamsUrl: TEAMS } });
    await seedConfirmed(db, s[1].id, LARGE, BEFORE);
    const now = inWindow();
    await runPass({ db, mailer, settings: { ...fast, maxSeconds: 0.01 } }, now); // planned, hardly any sent
    // At 400 mails a second the backlog takes over twelve seconds.
    const draining = drainOutbox(db, mailer, now, { ...fast, ratePerSecond: 400 });
    while (smtp.mails.length < 200) await new Promise((resolve) => setTimeout(resolve, 20));
    const queuedAt = performance.now();
    await register(db, person("nieuw@example.nl", [s[2].id]), now, RULES);
    while (!smtp.mails.some((mail) => mail.to === "nieuw@example.nl")) await new Promise((resolve) => setTimeout(resolve, 20));
    const waited = (performance.now() - queuedAt) / 1000;
    const linkMailsSentBefore = smtp.mails.findIndex((mail) => mail.to === "nieuw@example.nl");
    await draining;
    expect(linkMailsSentBefore, "the confirmation went out while link mails were still draining").toBeLessThan(LARGE - 1000);
    expect(waited, `the confirmation waited ${waited.toFixed(1)} s`).toBeLessThan(10);
  });
});

// A trigger in the real database refuses one session's link mails, as a broken row would.
async function breakPlanningOf(sessionId: string) {
  if (onPostgres()) {
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_link_mail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test trigger'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_link_mail BEFORE INSERT ON "OutboxMail" FOR EACH ROW WHEN (NEW."sessionId" = '${sessionId}') EXECUTE FUNCTION refuse_link_mail()`,
    );
  } else {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_link_mail BEFORE INSERT ON "OutboxMail" WHEN NEW."sessionId" = '${sessionId}' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END`,
    );
  }
  return () => db.$executeRawUnsafe(`DROP TRIGGER refuse_link_mail${onPostgres() ? ' ON "OutboxMail"' : ""}`);
}

// Fewer than LARGE: each mail of a mass mailing is rendered on its own (about 6 ms), and four
// batches prove the batching as well as ten.
const MASS = 2000;

describe(`a new time for a session with ${MASS} registrants`, { timeout: 120_000 }, () => {
  it("reaches each of them exactly once, queued a batch at a time, with no query over the batch size", async () => {
    await seedConfirmed(db, s[2].id, MASS, BEFORE);
    const stored = await db.session.findUniqueOrThrow({ where: { id: s[2].id } });
    const fields = Object.fromEntries(SESSION_FIELDS.map((name) => [name, stored[name]])) as SessionInput;
    const input = { ...fields, startsAt: new Date(stored.startsAt.getTime() + HOUR), endsAt: new Date(stored.endsAt.getTime() + HOUR) };
    params.length = 0;
    const started = performance.now();
    const saved = await updateSession(db, { id: "organiser-1" }, s[2].id, input, BEFORE, RULES);
    expect(saved).toMatchObject({ ok: true, toldOfTime: MASS });
    const report = await runPass({ db, mailer, settings: { ...passSettings, ratePerSecond: 100_000 } }, BEFORE);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds, `the pass took ${seconds.toFixed(1)} s`).toBeLessThan(90);
    expect(report).toMatchObject({ massMailed: MASS, sent: MASS, failed: 0, left: 0, failures: [] });
    expect(new Set(smtp.mails.map((mail) => mail.to)).size).toBe(MASS);
    expect(Math.max(...params)).toBeLessThanOrEqual(BATCH_SIZE);
    await runPass({ db, mailer, settings: passSettings }, new Date(BEFORE.getTime() + 60_000));
    expect(smtp.mails).toHaveLength(MASS);
  });
});

describe("a session whose planning fails", () => {
  it("stops neither the other sessions' link mails nor the confirmations, and shows on the overview until it recovers", async () => {
    for (const session of [s[1], s[2]]) await db.session.update({ where: { id: session.id }, data: { teamsUrl: TEAMS } });
    await seedConfirmed(db, s[1].id, 3, BEFORE, "een");
    await seedConfirmed(db, s[2].id, 3, BEFORE, "twee");
    // Both sessions are due: a lead time of nine days reaches the second, a week after the first.
    const settings = { ...fast, leadHours: 9 * 24 };
    const now = inWindow();
    const repair = await breakPlanningOf(s[1].id);
    await register(db, person("later@example.nl", [s[3].id]), now, RULES);

    const report = await runPass({ db, mailer, settings }, now);
    // SQLite's driver adapter reports the trigger's refusal as a constraint violation, PostgreSQL's by its text.
    expect(report.failures).toEqual([{ step: `planning:${s[1].id}`, error: expect.any(String) }]);
    expect(smtp.mails.map((mail) => mail.to).sort()).toEqual(["later@example.nl", "twee-0@example.nl", "twee-1@example.nl", "twee-2@example.nl"]);
    expect(await db.schedulerStep.findUnique({ where: { step: `planning:${s[1].id}` } })).toMatchObject({ failingSince: now });

    await repair();
    const later = new Date(now.getTime() + 60_000);
    expect((await runPass({ db, mailer, settings }, later)).failures).toEqual([]);
    expect(smtp.mails.filter((mail) => mail.to.startsWith("een-"))).toHaveLength(3);
    expect(await db.schedulerStep.findUnique({ where: { step: `planning:${s[1].id}` } })).toMatchObject({ failingSince: null, lastSuccessAt: later });
  });
});

describe("the retention purge", () => {
  it("deletes a large session's people a batch at a time, keeping one anonymous tally of before it began", async () => {
    await seedConfirmed(db, s[1].id, 40, BEFORE);
    await register(db, person("ook-later@example.nl", [s[1].id, s[4].id]), BEFORE, RULES);
    const { purgePersonalData } = await import("@/lib/registration/retention");
    const afterRetention = new Date(s[4].endsAt.getTime() + 31 * 24 * HOUR);
    expect(await purgePersonalData(db, mailer, afterRetention, 30, 7)).toBe(41);
    expect([await db.registrant.count(), await db.signUp.count(), await db.outboxMail.count()]).toEqual([0, 0, 0]);
    expect(await db.sessionTally.findUnique({ where: { sessionId: s[1].id } })).toMatchObject({ confirmed: 41, waitlisted: 0, cancelled: 0 });
    expect(await db.sessionTally.findUnique({ where: { sessionId: s[4].id } })).toMatchObject({ confirmed: 1 });
  });
});

describe("the organisers' lists", () => {
  it("page the registrations, and stream the CSV a page at a time within the batch size", async () => {
    await seedConfirmed(db, s[2].id, 250, BEFORE);
    const { listRegistrations, countRegistrations } = await import("@/lib/data/admin-registrations");
    const { registrationsCsvStream } = await import("@/lib/admin/export");
    expect(await countRegistrations(db, { sessionId: s[2].id })).toBe(250);
    expect(await listRegistrations(db, { sessionId: s[2].id }, { skip: 200 })).toHaveLength(50);
    params.length = 0;
    const bytes = Buffer.from(await new Response(registrationsCsvStream(db, { sessionId: s[2].id })).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, for Excel
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.startsWith("Naam;")).toBe(true);
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(251);
    expect(new Set(lines.slice(1).map((line) => line.split(";")[1])).size).toBe(250);
    expect(Math.max(...params)).toBeLessThanOrEqual(BATCH_SIZE);
  });
});
