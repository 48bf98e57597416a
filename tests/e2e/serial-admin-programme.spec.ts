import Database from "better-sqlite3";
import type { Browser, TestInfo } from "@playwright/test";
import { ADMIN_STATE, E2E_DATABASE, E2E_YEAR } from "../playwright.config";
import { confirmation, consent, field, registrationSection, submit, uniquePerson } from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

// Serial: these tests add a session to the programme every other test reads, and move one.

/** Puts the programme back as it was: the added sessions gone (with their sign-ups), the order restored. */
function snapshot() {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  db.pragma("foreign_keys = ON");
  const before = db.prepare("SELECT id, position FROM Session").all() as { id: string; position: number }[];
  return () => {
    const kept = new Set(before.map((row) => row.id));
    const added = (db.prepare("SELECT id FROM Session").all() as { id: string }[]).filter((row) => !kept.has(row.id));
    for (const { id } of added) {
      db.prepare("DELETE FROM OutboxMail WHERE sessionId = ?").run(id);
      db.prepare("DELETE FROM Session WHERE id = ?").run(id);
    }
    const put = db.prepare("UPDATE Session SET position = @position WHERE id = @id");
    for (const row of before) put.run(row);
    db.close();
  };
}

function countSessions(): number {
  const db = new Database(E2E_DATABASE, { readonly: true, timeout: 5000 });
  const { count } = db.prepare("SELECT COUNT(*) AS count FROM Session").get() as { count: number };
  db.close();
  return count;
}

async function context(browser: Browser, testInfo: TestInfo, javaScriptEnabled: boolean, admin: boolean) {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  return browser.newContext({ baseURL, locale, timezoneId, javaScriptEnabled, ...(admin ? { storageState: ADMIN_STATE } : {}) });
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`an organiser adds a fifth session, and a visitor signs up for it (${mode})`, async ({ browser }, testInfo) => {
    const undo = snapshot();
    const organiser = await context(browser, testInfo, javaScriptEnabled, true);
    const visitor = await context(browser, testInfo, javaScriptEnabled, false);
    const title = `Terugblik ${Date.now()}`;
    const sessionsBefore = countSessions();
    try {
      const page = await organiser.newPage();
      await page.goto("/admin");
      await page.getByRole("link", { name: "Sessie toevoegen" }).click();
      await expect(page.getByRole("heading", { name: "Sessie toevoegen" })).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);

      // A mistake is told in Dutch by the field, and what was typed stays.
      await page.getByLabel("Titel", { exact: true }).fill(title);
      await page.getByRole("button", { name: "Sessie toevoegen" }).click();
      await expect(page.getByLabel("Fase")).toHaveAccessibleDescription(/Vul een fase in/);
      await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);

      await page.getByLabel("Fase").fill("evalueren");
      await page.getByLabel("Beschrijving").fill("We kijken terug op de reeks en vooruit naar wat komt.");
      await page.getByLabel("Naam gastspreker").fill("Ria Jansen");
      await page.getByLabel("Aantal plaatsen (leeg is onbeperkt)").fill("40");
      await page.getByLabel("Begint op").fill(`${E2E_YEAR}-06-29T13:30`);
      await page.getByLabel("Eindigt op").fill(`${E2E_YEAR}-06-29T14:30`);
      await page.getByRole("button", { name: "Sessie toevoegen" }).click();
      await expect(page.getByText("De sessie is toegevoegd.")).toBeVisible();
      // Last in the programme: its label is its place, after the sessions there were.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Sessie ${sessionsBefore + 1}: ${title}$`));
      await screenshot(page, testInfo, `admin-sessie-toegevoegd-${javaScriptEnabled ? "js" : "nojs"}`);

      const home = await visitor.newPage();
      await home.goto("/");
      const card = home.getByRole("article").filter({ hasText: title });
      await expect(card).toContainText(`Sessie ${sessionsBefore + 1}`);
      const address = await card.getByRole("link", { name: title }).getAttribute("href");
      expect(address).toMatch(/^\/sessies\/\d+$/);

      const person = uniquePerson(testInfo, `vijfde-${javaScriptEnabled ? "js" : "nojs"}`);
      await field(home, "Naam").fill(person.name);
      await field(home, "E-mailadres").fill(person.email);
      await field(home, "Organisatie").fill(person.organisation);
      await registrationSection(home).getByRole("checkbox", { name: new RegExp(title) }).check();
      await consent(home).check();
      await submit(home).click();
      await expect(confirmation(home)).toBeVisible();
      await expect(home.getByText(title).first()).toBeVisible();

      // Now that someone signed up, the session can only be cancelled, no longer removed.
      await page.goto("/admin");
      await page.getByRole("link", { name: new RegExp(`^${sessionsBefore + 1}\\. ${title}$`) }).click();
      await expect(page.getByRole("link", { name: "Sessie laten vervallen" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Sessie verwijderen" })).toHaveCount(0);

      // Moved up one place, it takes the label of that place and keeps its address.
      await page.goto("/admin");
      await page.getByRole("button", { name: `Omhoog: ${title}` }).click();
      await expect(page).toHaveURL(/volgorde=ok/);
      await expect(page.getByText("De volgorde is aangepast.")).toBeVisible();
      await home.goto("/");
      const moved = home.getByRole("article").nth(sessionsBefore - 1);
      await expect(moved).toContainText(title);
      await expect(moved).toContainText(`Sessie ${sessionsBefore}`);
      await expect(moved.getByRole("link", { name: title })).toHaveAttribute("href", address!);
      await home.goto(address!);
      await expect(home.getByRole("heading", { level: 1 })).toHaveText(title);
    } finally {
      await organiser.close();
      await visitor.close();
      undo();
    }
  });
}

test("a session nobody signed up for can be removed after a confirmation step", async ({ browser }, testInfo) => {
  const undo = snapshot();
  const organiser = await context(browser, testInfo, true, true);
  try {
    const page = await organiser.newPage();
    const title = `Wordt verwijderd ${Date.now()}`;
    await page.goto("/admin/sessies/nieuw");
    await page.getByLabel("Fase").fill("ontwerpen");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Beschrijving").fill("Een proef.");
    await page.getByLabel("Naam gastspreker").fill("Piet Proef");
    await page.getByLabel("Begint op").fill(`${E2E_YEAR}-07-06T13:30`);
    await page.getByLabel("Eindigt op").fill(`${E2E_YEAR}-07-06T14:30`);
    await page.getByRole("button", { name: "Sessie toevoegen" }).click();
    await expect(page.getByText("De sessie is toegevoegd.")).toBeVisible();
    await page.getByRole("link", { name: "Sessie verwijderen" }).click();
    await expect(page.getByRole("heading", { name: /verwijderen\?/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, verwijder de sessie" }).click();
    await expect(page.getByText(`De sessie ‘${title}’ is verwijderd.`)).toBeVisible();
    await page.goto("/");
    await expect(page.getByText(title)).toHaveCount(0);
  } finally {
    await organiser.close();
    undo();
  }
});
