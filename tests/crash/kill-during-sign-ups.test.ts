import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { noJsSignUpForm } from "../support/no-js-form";
import { adminQuery, postgresUrl } from "../support/postgres";
import { killSite, startSite, waitFor, type SiteProcess } from "../support/site-process";
import { startSmtp, type TestSmtp } from "../support/smtp";

// `kill -9` of the whole server in a burst of sign-ups: after a restart on the same database,
// every sign-up that was answered with its confirmation page is stored and gets its mail.
const SIGN_UPS = 150;
const KILL_AFTER = 50; // confirmations seen before the kill: the rest of the burst is still in flight

const pgName = `cosie_crash_kill_${process.pid}`;
const databases = [
  { name: "SQLite", url: () => `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosie-crash-")), "app.db")}` },
  ...(process.env.TEST_POSTGRES_URL ? [{ name: "PostgreSQL", url: () => postgresUrl(pgName) }] : []),
];

let smtp: TestSmtp;
const sites: SiteProcess[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  if (process.env.TEST_POSTGRES_URL) {
    await adminQuery(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${pgName}`);
  }
});

afterAll(async () => {
  for (const site of sites) await killSite(site);
  await smtp?.close();
  if (process.env.TEST_POSTGRES_URL) await adminQuery(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
});

// The first start migrates and seeds the database (npm start); the restart after the kill only serves.
async function start(script: "start" | "serve", databaseUrl: string) {
  const site = await startSite(script, {
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    PROGRAMME_YEAR: String(new Date().getFullYear() + 1),
    SCHEDULER_INTERVAL_SECONDS: "1",
    // A mail claimed by the killed server is retried once its claim runs out: the shortest allowed.
    MAIL_CLAIM_SECONDS: "10",
    MAIL_RATE_PER_SECOND: "1000",
    RATE_LIMIT_PER_IP: "100000",
    ADMIN_EMAIL: "beheer@crash.example.nl",
    ADMIN_PASSWORD: "Beheer-Crash-Wachtwoord-2027",
  });
  sites.push(site);
  return site;
}

describe.each(databases)("kill -9 in a burst of sign-ups, on $name", ({ name, url }) => {
  it("loses no sign-up that got its confirmation page, and mails every one after a restart", async () => {
    const databaseUrl = url();
    const site = await start("start", databaseUrl);
    const people = Array.from({ length: SIGN_UPS }, (_, i) => ({ name: `Deelnemer ${i}`, email: `crash-${name.toLowerCase()}-${i}@crash.example.nl` }));
    const forms = await Promise.all(people.map((person, i) => noJsSignUpForm(`${site.url}/sessies/${(i % 4) + 1}`, person)));

    const confirmed: string[] = [];
    let killed: Promise<void> | undefined;
    await Promise.all(
      forms.map(async (body, i) => {
        const response = await fetch(`${site.url}/sessies/${(i % 4) + 1}`, { method: "POST", body, headers: { origin: site.url }, redirect: "manual" }).catch(() => null);
        if (response?.status !== 303 || !response.headers.get("location")?.startsWith("/aangemeld/")) return;
        confirmed.push(people[i].email);
        if (confirmed.length === KILL_AFTER) killed = killSite(site);
      }),
    );
    await killed;
    // The kill came mid-burst: some got their page, some did not.
    expect(confirmed.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(confirmed.length).toBeLessThan(SIGN_UPS);

    await start("serve", databaseUrl);
    const db = createDb(databaseUrl);
    try {
      const stored = await db.registrant.findMany({
        where: { email: { in: confirmed } },
        select: { email: true, signUps: { where: { status: { in: ["confirmed", "waitlisted"] } }, select: { id: true } } },
      });
      expect(stored.filter((person) => person.signUps.length === 1).map((person) => person.email).sort()).toEqual([...confirmed].sort());

      const mailed = () => new Set(smtp.mails.filter((mail) => mail.subject.startsWith("Je aanmelding")).map((mail) => mail.to));
      await waitFor(async () => (confirmed.every((email) => mailed().has(email)) ? true : undefined), "every confirmation mail", 60).catch(() => undefined);
      expect(confirmed.filter((email) => !mailed().has(email))).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});
