import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { register } from "@/lib/registration/register";
import { person, RULES, seededSessions } from "../support/fixtures";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

let db: Db;
let url: string;
let dispose: () => Promise<void>;
let smtp: TestSmtp;

beforeEach(async () => {
  ({ db, url, dispose } = await freshDatabase());
  smtp = await startSmtp();
});
afterEach(async () => {
  await smtp.close();
  await dispose();
});

async function reminders() {
  const env = { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, SCHEDULER_INTERVAL_SECONDS: "0", MAIL_RATE_PER_SECOND: "1000" };
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "reminders"], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run reminders", () => {
  it("sends the due Teams-link mails once: a second run sends nothing", async () => {
    const s = await seededSessions(db);
    // A session that starts within the lead time, by the real clock the command uses.
    const startsAt = new Date(Date.now() + 30 * 60 * 60 * 1000);
    await db.session.update({
      where: { id: s[2].id },
      data: { startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000), teamsUrl: "https://teams.microsoft.com/l/meetup-join/x" },
    });
    await register(db, person("anne@example.nl", [s[2].id]), new Date(), RULES);

    const first = await reminders();
    expect(first.code).toBe(0);
    const link = await db.outboxMail.findFirstOrThrow({ where: { kind: "link" } });
    expect(first.stdout).toContain(`sent       link         mail ${link.id} registrant ${link.registrantId}`);
    expect(first.stdout).not.toContain("anne@example.nl");
    expect(first.stdout).toContain("sent 2");
    const subjects = smtp.mails.map((mail) => mail.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects.some((subject) => subject.startsWith("Je aanmelding"))).toBe(true);
    expect(subjects.some((subject) => subject.includes("Teams-link"))).toBe(true);

    const second = await reminders();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("sent 0");
    expect(smtp.mails).toHaveLength(2);
  });

  it("exits non-zero and says so when a mail fails, naming the mail by id and never the address", async () => {
    const s = await seededSessions(db);
    await register(db, person("bestaat-niet@example.nl", [s[1].id]), new Date(), RULES);
    const mail = await db.outboxMail.findFirstOrThrow();
    // The refusal names the address, as real servers' do: "550 5.1.1 <bestaat-niet@example.nl>: …".
    smtp.rejectRecipient = () => true;
    const result = await reminders();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`failed     confirmation mail ${mail.id} registrant ${mail.registrantId}`);
    expect(result.stdout).toContain("550 5.1.1 <[adres]>");
    const stored = await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id }, select: { status: true, lastError: true } });
    expect(stored).toMatchObject({ status: "failed", lastError: expect.stringContaining("550") });
    for (const text of [result.stdout, result.stderr, stored.lastError]) expect(text).not.toMatch(/bestaat-niet|@example\.nl/);
  });
});
