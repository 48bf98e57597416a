import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { noJsSignUpForm } from "../support/no-js-form";
import { killSite, startSite, type SiteProcess } from "../support/site-process";
import { startSmtp, type TestSmtp } from "../support/smtp";

// The abuse limits with their defaults, as a new user runs the site: an office full of colleagues
// behind one address gets in, a script posting address after address from it is stopped.
const CONTACT = "sessies@office.example.nl";
let smtp: TestSmtp;
let site: SiteProcess;
const databaseUrl = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosie-office-")), "app.db")}`;

beforeAll(async () => {
  smtp = await startSmtp();
  // No RATE_LIMIT_* variables: the defaults are under test.
  site = await startSite("start", {
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    CONTACT_EMAIL: CONTACT,
    PROGRAMME_YEAR: String(new Date().getFullYear() + 1),
    MAIL_RATE_PER_SECOND: "1000",
    ADMIN_EMAIL: "beheer@office.example.nl",
    ADMIN_PASSWORD: "Beheer-Office-Wachtwoord-2027",
  });
});

afterAll(async () => {
  if (site) await killSite(site);
  await smtp?.close();
});

async function post(index: number, label: string) {
  const page = `${site.url}/sessies/${(index % 4) + 1}`;
  const name = `${label} ${index}`;
  const body = await noJsSignUpForm(page, { name, email: `${label.toLowerCase()}-${index}@gemeente.example.nl` });
  const response = await fetch(page, { method: "POST", body, headers: { origin: site.url }, redirect: "manual" });
  return { name, status: response.status, location: response.headers.get("location"), html: response.status === 200 ? await response.text() : "" };
}

it("lets 100 colleagues from one address in, then stops a script at the limit with the Dutch message, what was typed kept", async () => {
  const colleagues = [];
  for (let batch = 0; batch < 10; batch++) {
    colleagues.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => post(batch * 10 + i, "Collega")))));
  }
  expect(colleagues.filter((answer) => answer.status === 303 && answer.location?.startsWith("/aangemeld/"))).toHaveLength(100);

  const script = [];
  for (let i = 0; i < 80; i++) script.push(await post(i, "Script"));
  const through = script.filter((answer) => answer.status === 303);
  expect(through).toHaveLength(50); // 150 per address per 10 minutes, colleagues included
  const refused = script.slice(50);
  for (const answer of refused) {
    expect(answer.status).toBe(200);
    expect(answer.html).toContain("Er zijn vanaf dit adres te veel aanmeldingen verstuurd. Wacht 10 minuten");
    expect(answer.html).toContain(CONTACT);
    expect(answer.html).toContain(`value="${answer.name}"`);
  }

  const db = createDb(databaseUrl);
  try {
    expect(await db.registrant.count()).toBe(150);
  } finally {
    await db.$disconnect();
  }
});
