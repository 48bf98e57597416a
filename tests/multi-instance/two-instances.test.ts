import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { noJsSignUpForm } from "../support/no-js-form";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/index";
import { adminQuery, postgresUrl } from "../support/postgres";
import { killSite, root, startSite, waitFor, type SiteProcess } from "../support/site-process";
import { startSmtp, type TestSmtp } from "../support/smtp";

// Two instances of the built site on one PostgreSQL database, each with its own scheduler.
const run = promisify(execFile);
const NAME = `cosie_multi_${process.pid}`;
const URL_ = postgresUrl(NAME);
const PLACES = 50;
const SIGN_UPS = 200;

let db: Db;
let smtp: TestSmtp;
const instances: SiteProcess[] = [];

function environment(extra: Record<string, string> = {}) {
  return {
    ...process.env,
    DATABASE_URL: URL_,
    SMTP_URL: smtp.url,
    MAIL_RATE_PER_SECOND: "10000",
    RATE_LIMIT_PER_IP: "100000",
    ADMIN_EMAIL: "beheer@multi.example.nl",
    ADMIN_PASSWORD: "Beheer-Multi-Wachtwoord-2027",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

beforeAll(async () => {
  await adminQuery(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${NAME}`);
  smtp = await startSmtp();
  await run("npm", ["run", "--silent", "db:deploy"], { cwd: root, env: environment() });
  db = createDb(URL_);
  await seedContent(db, new Date().getFullYear() + 1);
  await db.session.updateMany({ where: { number: 1 }, data: { capacity: PLACES } });

  for (let i = 0; i < 2; i++) instances.push(await startSite("serve", environment({ SCHEDULER_INTERVAL_SECONDS: "1" })));
});

afterAll(async () => {
  for (const instance of instances) await killSite(instance);
  await db?.$disconnect();
  await smtp?.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
});

/** The registration form as a browser without JavaScript sends it. */
async function signUp(base: string, index: number): Promise<string> {
  const body = await noJsSignUpForm(`${base}/sessies/1`, { name: `Deelnemer ${index}`, email: `deelnemer-${index}@multi.example.nl` });
  // The form posts to its own page (its action attribute is empty).
  const response = await fetch(`${base}/sessies/1`, { method: "POST", body, headers: { origin: base } });
  if (!response.ok) return `HTTP ${response.status}`;
  const answer = await response.text();
  if (answer.includes("op de wachtlijst")) return "waitlisted";
  if (answer.includes("Je bent aangemeld.")) return "confirmed";
  return `unexpected answer: ${answer.match(/Controleer het formulier[\s\S]{0,300}/)?.[0] ?? answer.slice(0, 200)}`;
}

describe("two instances on one PostgreSQL database", () => {
  it(`give ${PLACES} places to ${SIGN_UPS} simultaneous sign-ups exactly once, the rest a gap-free waiting list`, async () => {
    const answers = await Promise.all(Array.from({ length: SIGN_UPS }, (_, i) => signUp(instances[i % 2].url, i)));
    expect(answers.filter((answer) => answer !== "confirmed" && answer !== "waitlisted")).toEqual([]);
    expect(answers.filter((answer) => answer === "confirmed")).toHaveLength(PLACES);

    const signUps = await db.signUp.findMany({
      where: { session: { number: 1 } },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: { status: true, requestedAt: true, registrant: { select: { email: true } } },
    });
    expect(signUps.filter((s) => s.status === "confirmed")).toHaveLength(PLACES);
    const waiting = signUps.filter((s) => s.status === "waitlisted");
    expect(waiting).toHaveLength(SIGN_UPS - PLACES);
    // Positions 1–150 with no gaps and nobody twice, all behind everyone who got a place.
    expect(new Set(waiting.map((s) => s.registrant.email)).size).toBe(SIGN_UPS - PLACES);
    const lastPlace = Math.max(...signUps.filter((s) => s.status === "confirmed").map((s) => s.requestedAt.getTime()));
    expect(waiting[0].requestedAt.getTime()).toBeGreaterThanOrEqual(lastPlace);
  }, 300_000);

  it("three schedulers at once deliver exactly one Teams-link mail per confirmed sign-up", async () => {
    // Every confirmation went out, once.
    await waitFor(async () => (smtp.mails.length >= SIGN_UPS ? true : undefined), "the confirmation mails");
    const startsAt = new Date(Date.now() + 30 * 60 * 60 * 1000);
    await db.session.updateMany({
      where: { number: 1 },
      data: { startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), teamsUrl: "https://teams.microsoft.com/l/meetup-join/multi" },
    });
    // The two instances' own schedulers run every second; a third pass comes from cron.
    await run("npm", ["run", "--silent", "reminders"], { cwd: root, env: environment() }).catch(() => undefined);
    await waitFor(async () => {
      const open = await db.outboxMail.count({ where: { status: { in: ["pending", "sending"] } } });
      return open === 0 && (await db.outboxMail.count({ where: { kind: "link" } })) === PLACES ? true : undefined;
    }, "the link mails");
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a few more passes: still nothing new

    const links = smtp.mails.filter((mail) => mail.subject.includes("Teams-link"));
    const confirmed = await db.signUp.findMany({ where: { status: "confirmed" }, select: { registrant: { select: { email: true } } } });
    expect(links.map((mail) => mail.to).sort()).toEqual(confirmed.map((s) => s.registrant.email).sort());
    expect(new Set(smtp.mails.map((mail) => mail.messageId)).size).toBe(smtp.mails.length);
    // One confirmation each: "Je aanmelding" with a place, "Wachtlijst voor" on the waiting list.
    expect(smtp.mails.filter((mail) => /^(Je aanmelding|Wachtlijst voor)/.test(mail.subject))).toHaveLength(SIGN_UPS);
  }, 300_000);
});
