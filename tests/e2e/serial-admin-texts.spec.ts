import Database from "better-sqlite3";
import { E2E_DATABASE } from "../playwright.config";
import { expect, expectAccessible, organiserContext, screenshot, test } from "./support";

// Serial: these tests change what every public page shows.

/** Keeps the rows the tests edit, and puts them back whatever happened. */
function snapshot() {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const series = db.prepare("SELECT id, intro, free, registrationOpensAt, registrationClosesAt FROM Series").all() as Record<string, unknown>[];
  const sessions = db.prepare("SELECT id, speakerName FROM Session").all() as Record<string, unknown>[];
  return () => {
    const putSeries = db.prepare("UPDATE Series SET intro = @intro, free = @free, registrationOpensAt = @registrationOpensAt, registrationClosesAt = @registrationClosesAt WHERE id = @id");
    for (const row of series) putSeries.run(row);
    const putSession = db.prepare("UPDATE Session SET speakerName = @speakerName WHERE id = @id");
    for (const row of sessions) putSession.run(row);
    db.close();
  };
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`an organiser edits the introduction with a preview first, and the programme shows it at once (${mode})`, async ({ browser }, testInfo) => {
    const undo = snapshot();
    const context = await organiserContext(browser, testInfo, javaScriptEnabled);
    const page = await context.newPage();
    const stamp = Date.now();
    try {
      await page.goto("/admin/teksten");
      await expect(page.getByRole("link", { name: "Teksten", exact: true })).toHaveAttribute("aria-current", "page");
      if (javaScriptEnabled) await expectAccessible(page);

      // A mistake is told in Dutch, by the field and in the summary, and the typed text stays.
      const typed = `Nieuwe inleiding ${stamp} met **vet** en een [link](https://www.hu.nl).\n\n<script>window.__pwned = 1</script> [x](javascript:window.__pwned=1)`;
      await page.getByLabel("Inleiding").fill(typed);
      await page.getByLabel("Titel van de serie").fill("");
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect(page.getByLabel("Titel van de serie")).toHaveAccessibleDescription(/Vul een titel in\./);
      await expect(page.getByRole("link", { name: "Vul een titel in." })).toBeVisible();
      await expect(page.getByLabel("Inleiding")).toHaveValue(typed);

      await page.getByLabel("Titel van de serie").fill("Co-creatie in het publieke domein");
      await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
      const preview = page.getByRole("region", { name: "Inleiding" });
      await expect(preview.locator("strong")).toHaveText("vet");
      await expect(preview.getByRole("link", { name: "link" })).toHaveAttribute("href", "https://www.hu.nl");
      await expect(preview).toContainText("<script>");
      await screenshot(page, testInfo, `admin-teksten-voorbeeld-${javaScriptEnabled ? "js" : "nojs"}`);

      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect(page.getByText("Opgeslagen. De website toont de wijziging meteen.")).toBeVisible();

      await page.goto("/");
      await expect(page.getByText(`Nieuwe inleiding ${stamp} met`)).toBeVisible();
      await expect(page.locator("strong", { hasText: "vet" })).toBeVisible();
      await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
      await expect(page.getByText("<script>window.__pwned = 1</script>")).toBeVisible();
      if (javaScriptEnabled) expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.getByRole("link", { name: "Programma" })).toHaveAttribute("aria-current", "page");
      // Nobody said it was free, so the site does not say so.
      await expect(page.getByText(/gratis/i)).toHaveCount(0);

      await page.goto("/admin/logboek");
      await expect(page.getByRole("cell", { name: new RegExp(`Nieuwe inleiding ${stamp}`) }).first()).toBeVisible();
    } finally {
      await context.close();
      undo();
    }
  });

  test(`an organiser changes a session's speaker, and its public page shows the new name (${mode})`, async ({ browser }, testInfo) => {
    const undo = snapshot();
    const context = await organiserContext(browser, testInfo, javaScriptEnabled);
    const page = await context.newPage();
    const speaker = `Spreker ${Date.now()}`;
    try {
      await page.goto("/admin");
      await page.getByRole("link", { name: /Community reporting/ }).click();
      await page.getByLabel("Naam gastspreker").fill(speaker);
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect(page.getByText(/Opgeslagen/)).toBeVisible();
      await page.goto("/sessies/2");
      await expect(page.getByText(speaker).first()).toBeVisible();
      await page.goto("/");
      await expect(page.getByText(speaker).first()).toBeVisible();
    } finally {
      await context.close();
      undo();
    }
  });
}

test("the registration window: before it opens the form says when, and after an organiser says so the site says it is free", async ({ browser }, testInfo) => {
  const undo = snapshot();
  const context = await organiserContext(browser, testInfo, true);
  const page = await context.newPage();
  try {
    await page.goto("/admin/teksten");
    await page.getByLabel("Aanmelden kan vanaf (niet verplicht)").fill(`${new Date().getFullYear() + 2}-01-05T09:00`);
    await page.getByLabel(/Deelnemen is gratis/).check();
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(page.getByText("Opgeslagen. De website toont de wijziging meteen.")).toBeVisible();
    await page.goto("/");
    await expect(page.getByText(new RegExp(`Aanmelden kan vanaf .* 5 januari ${new Date().getFullYear() + 2} om 09\\.00 uur\\.`))).toBeVisible();
    await expect(page.getByRole("button", { name: /Aanmelden/ })).toHaveCount(0);
    await page.goto("/sessies/2");
    await expect(page.getByRole("term").filter({ hasText: "Kosten" })).toBeVisible();
    await expect(page.getByText("Gratis", { exact: true })).toBeVisible();
  } finally {
    await context.close();
    undo();
  }
});
