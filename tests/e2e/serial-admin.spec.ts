import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { amsterdamInstant, formatSessionTime } from "../../lib/time";
import { ADMIN_STATE, E2E_DATABASE, E2E_YEAR } from "../playwright.config";
import { waitForMail } from "./mail";
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
    await page.getByRole("button", { name: "Opslaan" }).click();
    // The message stands by its field and, as a link to it, in the summary above the form.
    await expect(page.getByText(/teams\.microsoft\.com\/ of https:\/\/teams\.live\.com/).first()).toBeVisible();
    await expect(page.getByLabel("Teams-link")).toHaveAccessibleDescription(/teams\.microsoft\.com\/ of https:\/\/teams\.live\.com/);

    await page.getByLabel("Begint op").fill(`${E2E_YEAR}-06-11T14:00`);
    await page.getByLabel("Eindigt op").fill(`${E2E_YEAR}-06-11T15:15`);
    await page.getByLabel("Teams-link").fill(TEAMS);
    await page.getByRole("button", { name: "Opslaan" }).click();
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
    await page.getByRole("button", { name: "Opslaan" }).click();
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
    await firstRow.getByRole("button", { name: /Annuleren/ }).click();

    await expect(page.getByRole("row").filter({ hasText: second })).toContainText(/aangemeld/i);
    await expect(page.getByRole("row").filter({ hasText: second })).not.toContainText(/wachtlijst/i);
    const mail = await waitForMail(second, /plek vrij/i);
    expect(mail.text).toContain("Hoe zorg je dat een co-creatie-initiatief standhoudt?");
  } finally {
    await visitor.close();
    undo();
  }
});
