import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { amsterdamInstant, formatSessionTime } from "../../lib/time";
import { ADMIN_STATE, E2E_CONTACT, E2E_DATABASE, E2E_YEAR } from "../playwright.config";
import { mailsTo, waitForMail } from "./mail";
import { SESSIONS, signUp, uniquePerson } from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

test.use({ storageState: ADMIN_STATE });

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_e2e%40thread.v2/0";

async function openSession(page: Page, title: RegExp) {
  await page.goto("/admin");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByLabel("Teams-link")).toBeVisible();
}

/** Restores the sessions the tests edit, whatever happened. */
function restore(columns: string[]) {
  const db = new Database(E2E_DATABASE);
  const saved = db.prepare(`SELECT id, ${columns.join(", ")} FROM Session`).all() as Record<string, unknown>[];
  return () => {
    const update = db.prepare(`UPDATE Session SET ${columns.map((c) => `${c} = @${c}`).join(", ")} WHERE id = @id`);
    for (const row of saved) update.run(row);
    db.close();
  };
}

test("an organiser edits a session's time and Teams link, and the programme shows it at once", async ({ page }, testInfo) => {
  const undo = restore(["startsAt", "endsAt", "teamsUrl", "linkVersion", "title"]);
  try {
    await openSession(page, /Community reporting/);
    await expectAccessible(page);
    await screenshot(page, testInfo, "admin-sessie");

    await page.getByLabel("Teams-link").fill("https://teams.example.com/meeting");
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    // The message stands by its field and, as a link to it, in the summary above the form.
    await expect(page.getByText(/teams\.microsoft\.com\/ of https:\/\/teams\.live\.com/).first()).toBeVisible();
    await expect(page.getByLabel("Teams-link")).toHaveAccessibleDescription(/teams\.microsoft\.com\/ of https:\/\/teams\.live\.com/);

    await page.getByLabel("Begint op").fill(`${E2E_YEAR}-06-11T14:00`);
    await page.getByLabel("Eindigt op").fill(`${E2E_YEAR}-06-11T15:15`);
    await page.getByLabel("Teams-link").fill(TEAMS);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(page.getByText(/Opgeslagen/)).toBeVisible();

    await page.goto("/");
    const when = formatSessionTime(amsterdamInstant(E2E_YEAR, 6, 11, 14, 0), amsterdamInstant(E2E_YEAR, 6, 11, 15, 15));
    await expect(page.getByText(when)).toBeVisible();
    await page.goto("/sessies/2");
    await expect(page.getByText(when)).toBeVisible();
    // The link itself is only for registrants, in their mail.
    await expect(page.locator(`a[href^="https://teams.microsoft.com"]`)).toHaveCount(0);

    await page.goto("/admin/logboek");
    await expect(page.getByRole("cell", { name: /Teams/i }).first()).toBeVisible();
  } finally {
    undo();
  }
});

test("an organiser cancels a sign-up, and the waiting list moves up", async ({ page, browser }, testInfo) => {
  const undo = restore(["capacity"]);
  const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
  const stamp = Date.now();
  const first = `eerste-${stamp}@e2e.example.nl`;
  const second = `tweede-${stamp}@e2e.example.nl`;
  try {
    const db = new Database(E2E_DATABASE);
    const taken = (db.prepare("SELECT count(*) AS n FROM SignUp s JOIN Session x ON x.id = s.sessionId WHERE x.number = 4 AND s.status = 'confirmed'").get() as { n: number }).n;
    db.close();
    await openSession(page, /standhoudt/);
    await page.getByLabel(/Aantal plaatsen/).fill(String(taken + 1));
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(page.getByText(/Opgeslagen/)).toBeVisible();

    const form = await visitor.newPage();
    for (const email of [first, second]) {
      await form.goto("/sessies/4");
      await form.getByLabel("Naam").fill(email.split("@")[0]);
      await form.getByLabel("E-mailadres").fill(email);
      await form.getByLabel("Organisatie", { exact: true }).fill("Gemeente Houten");
      await form.getByRole("checkbox", { name: /Ik ga akkoord/ }).check();
      await form.getByRole("button", { name: "Aanmelden" }).click();
      await expect(form.getByText("Bedankt! We hebben je aanmelding ontvangen")).toBeVisible();
    }
    await expect(form.getByText(/wachtlijst/)).toBeVisible();

    await page.goto("/admin/aanmeldingen");
    await page.getByLabel("Zoeken op naam, e-mail of organisatie").fill(String(stamp));
    await page.getByRole("button", { name: "Zoeken" }).click();
    const firstRow = page.getByRole("row").filter({ hasText: first });
    await firstRow.getByRole("link", { name: /Annuleren/ }).click();
    await page.getByRole("button", { name: "Ja, annuleer de aanmelding" }).click();

    await expect(page.getByRole("row").filter({ hasText: second })).toContainText(/aangemeld/i);
    await expect(page.getByRole("row").filter({ hasText: second })).not.toContainText(/wachtlijst/i);
    const mail = await waitForMail(second, /plek vrij/i);
    expect(mail.text).toContain("Hoe zorg je dat een co-creatie-initiatief standhoudt?");
  } finally {
    await visitor.close();
    undo();
  }
});

test("calling a session off first says exactly how many people get a mail, checks again on yes, and only then does it", async ({ page, browser }, testInfo) => {
  const third = SESSIONS[2];
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const session = db.prepare("SELECT id, capacity, cancelledAt FROM Session WHERE number = 3").get() as { id: string; capacity: number | null; cancelledAt: string | null };
  const count = (status: string) =>
    (db.prepare("SELECT count(*) AS n FROM SignUp WHERE sessionId = ? AND status = ?").get(session.id, status) as { n: number }).n;
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const visitor = await browser.newContext({ baseURL, locale, timezoneId, storageState: { cookies: [], origins: [] } });
  const noJs = await browser.newContext({ baseURL, locale, timezoneId, storageState: ADMIN_STATE, javaScriptEnabled: false });
  const phone = await browser.newContext({ baseURL, locale, timezoneId, storageState: ADMIN_STATE, viewport: { width: 320, height: 720 } });
  const people = [uniquePerson(testInfo, "vervalt-a"), uniquePerson(testInfo, "vervalt-b"), uniquePerson(testInfo, "vervalt-laat")];
  try {
    // One place left: the first gets it, the second waits.
    db.prepare("UPDATE Session SET capacity = ? WHERE id = ?").run(count("confirmed") + 1, session.id);
    const form = await visitor.newPage();
    for (const person of people.slice(0, 2)) await signUp(form, person, [third]);
    const [confirmed, waitlisted] = [count("confirmed"), count("waitlisted")];
    expect(waitlisted).toBeGreaterThanOrEqual(1);
    const mensen = (n: number) => (n === 1 ? "1 persoon" : `${n} mensen`);
    const question = (c: number, w: number) =>
      `${mensen(c + w)} krijgen een mail dat de sessie niet doorgaat: ${mensen(c)} ${c === 1 ? "die is" : "die zijn"} aangemeld en ${mensen(w)} op de wachtlijst.`;
    const nothingChanged = () => {
      expect(db.prepare("SELECT cancelledAt FROM Session WHERE id = ?").get(session.id)).toEqual({ cancelledAt: null });
      expect([count("confirmed"), count("waitlisted")]).toEqual([confirmed, waitlisted]);
    };

    // With and without JavaScript, and on a phone: the question, and "Nee, terug" changes nothing.
    const admin = await noJs.newPage();
    for (const [view, name] of [[page, "desktop"], [await phone.newPage(), "phone"], [admin, "no-js"]] as const) {
      await view.goto(`/admin/sessies/${session.id}`);
      await view.getByRole("link", { name: "Sessie laten vervallen" }).click();
      await expect(view).toHaveURL(new RegExp(`/admin/sessies/${session.id}/annuleren$`));
      await expect(view.getByRole("heading", { level: 1 })).toHaveText("Sessie 3 laten vervallen?");
      await expect(view.getByText(question(confirmed, waitlisted))).toBeVisible();
      // axe runs as a script in the page, which the no-JS view does not allow.
      if (view !== admin) await expectAccessible(view);
      await view.screenshot({ path: `${__dirname}/../.artifacts/screenshots/${name}-admin-sessie-laten-vervallen.png`, fullPage: true });
      await view.getByRole("link", { name: "Nee, terug" }).click();
      await expect(view).toHaveURL(new RegExp(`/admin/sessies/${session.id}$`));
      nothingChanged();
    }
    for (const person of people.slice(0, 2)) {
      // The one with a place gets "Je aanmelding", the one who waits a mail that says "Wachtlijst" first.
      await waitForMail(person.email, /^(Je aanmelding voor|Wachtlijst voor)/);
      expect((await mailsTo(person.email)).filter((mail) => /Gaat niet door/.test(mail.subject))).toHaveLength(0);
    }

    // Someone signs up while the question is on screen: "Ja" then changes nothing and asks again.
    await admin.goto(`/admin/sessies/${session.id}/annuleren`);
    await signUp(form, people[2], [third]);
    await admin.getByRole("button", { name: "Ja, laat de sessie vervallen" }).click();
    await expect(admin.getByRole("alert")).toContainText("Het aantal aanmeldingen is veranderd sinds je deze vraag kreeg. Er is nog niets gewijzigd.");
    await expect(admin.getByText(question(confirmed, waitlisted + 1))).toBeVisible();
    expect(db.prepare("SELECT cancelledAt FROM Session WHERE id = ?").get(session.id)).toEqual({ cancelledAt: null });

    await admin.getByRole("button", { name: "Ja, laat de sessie vervallen" }).click();
    const total = confirmed + waitlisted + 1;
    await expect(admin.getByRole("status")).toHaveText(`De sessie is vervallen. ${total} mensen krijgen een mail dat de sessie niet doorgaat.`);
    expect([count("confirmed"), count("waitlisted")]).toEqual([0, 0]);
    for (const person of people) {
      const mail = await waitForMail(person.email, /^Gaat niet door/);
      expect(mail.text).toContain("De organisatoren hebben besloten dat deze sessie niet doorgaat.");
      expect(mail.text).toContain(`Mail dan naar ${E2E_CONTACT}`);
    }
    await page.goto("/admin/logboek");
    await expect(page.getByRole("row").filter({ hasText: "Sessie laten vervallen" }).first()).toContainText(
      `${confirmed} aanmeldingen en ${waitlisted + 1} op de wachtlijst`,
    );
  } finally {
    db.prepare("UPDATE Session SET capacity = ?, cancelledAt = ? WHERE id = ?").run(session.capacity, session.cancelledAt, session.id);
    db.close();
    await Promise.all([visitor.close(), noJs.close(), phone.close()]);
  }
});
