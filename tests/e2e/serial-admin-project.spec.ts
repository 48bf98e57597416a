import Database from "better-sqlite3";
import { E2E_DATABASE } from "../playwright.config";
import { expect, expectAccessible, organiserContext, screenshot, test } from "./support";

// Serial: these tests change what the public project page shows.

/** Keeps the project page's rows, and puts them back whatever happened. */
function snapshot() {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const sections = db.prepare("SELECT * FROM ProjectSection").all() as Record<string, unknown>[];
  const researchers = db.prepare("SELECT * FROM Researcher").all() as Record<string, unknown>[];
  return () => {
    db.transaction(() => {
      db.prepare("DELETE FROM ProjectSection").run();
      db.prepare("DELETE FROM Researcher").run();
      const insert = (table: string, row: Record<string, unknown>) =>
        db.prepare(`INSERT INTO ${table} (${Object.keys(row).join(", ")}) VALUES (${Object.keys(row).map((key) => `@${key}`).join(", ")})`).run(row);
      for (const row of sections) insert("ProjectSection", row);
      for (const row of researchers) insert("Researcher", row);
    })();
    db.close();
  };
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  const suffix = javaScriptEnabled ? "js" : "nojs";

  test(`an organiser edits a section's heading and a researcher, and the project page shows both at once (${mode})`, async ({ browser }, testInfo) => {
    const undo = snapshot();
    const context = await organiserContext(browser, testInfo, javaScriptEnabled);
    const page = await context.newPage();
    const stamp = Date.now();
    try {
      await page.goto("/admin/project");
      await expect(page.getByRole("link", { name: "Projectpagina", exact: true })).toHaveAttribute("aria-current", "page");
      if (javaScriptEnabled) await expectAccessible(page);

      // A mistake is told in Dutch, by the field and in the summary, and the typed text stays.
      let doel = page.getByRole("form", { name: "Onderdeel ‘Doel’" });
      const body = `Ons doel ${stamp}, met **vet** en [een link](https://www.hu.nl). [x](javascript:window.__pwned=1)`;
      await doel.getByLabel("Kop", { exact: true }).fill("");
      await doel.getByLabel("Tekst", { exact: true }).fill(body);
      await doel.getByRole("button", { name: "Opslaan", exact: true }).click();
      doel = page.getByRole("form", { name: "Onderdeel ‘Doel’" });
      await expect(doel.getByLabel("Kop", { exact: true })).toHaveAccessibleDescription(/Vul een kop in\./);
      await expect(doel.getByRole("link", { name: "Vul een kop in." })).toBeVisible();
      await expect(doel.getByLabel("Tekst", { exact: true })).toHaveValue(body);

      await doel.getByLabel("Kop", { exact: true }).fill(`Doel ${stamp}`);
      await doel.getByRole("button", { name: "Voorbeeld bekijken" }).click();
      doel = page.getByRole("form", { name: "Onderdeel ‘Doel’" });
      const preview = doel.getByRole("region", { name: `Doel ${stamp}` });
      await expect(preview.locator("strong")).toHaveText("vet");
      await expect(preview.getByRole("link", { name: "een link" })).toHaveAttribute("href", "https://www.hu.nl");
      await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
      if (javaScriptEnabled) await expectAccessible(page);
      await doel.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect(page.getByText("Opgeslagen. De website toont de wijziging meteen.")).toBeVisible();

      const eva = page.getByRole("form", { name: "Onderzoeker Eva Hijmans" });
      await eva.getByLabel("Functie").fill(`Senior-onderzoeker ${stamp}`);
      await eva.getByLabel("Lectoraten (niet verplicht)").fill("Organiseren van Waardig Werk\nDuurzame Gemeenschappen");
      await eva.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect(page.getByRole("form", { name: "Onderzoeker Eva Hijmans" }).getByText("Opgeslagen. De website toont de wijziging meteen.")).toBeVisible();

      await screenshot(page, testInfo, `admin-project-1280-${suffix}`);
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto("/admin/project");
      if (javaScriptEnabled) await expectAccessible(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await screenshot(page, testInfo, `admin-project-320-${suffix}`);

      await page.goto("/project");
      await expect(page.getByRole("heading", { level: 2, name: `Doel ${stamp}` })).toBeVisible();
      await expect(page.getByText(`Ons doel ${stamp}, met`)).toBeVisible();
      await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
      await expect(page.getByText(`Senior-onderzoeker ${stamp}`)).toBeVisible();
      await expect(page.getByText("Lectoraten: Organiseren van Waardig Werk, Duurzame Gemeenschappen")).toBeVisible();
      if (javaScriptEnabled) expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

      await page.goto("/admin/logboek");
      await expect(page.getByRole("cell", { name: new RegExp(`kop: ‘Doel’ → ‘Doel ${stamp}’`) }).first()).toBeVisible();
    } finally {
      await context.close();
      undo();
    }
  });

  test(`an organiser adds a pilot, moves it up and removes it after confirming (${mode})`, async ({ browser }, testInfo) => {
    const undo = snapshot();
    const context = await organiserContext(browser, testInfo, javaScriptEnabled);
    const page = await context.newPage();
    const heading = `Pilot gemeente Zeist ${Date.now()}`;
    try {
      await page.goto("/admin/project");
      const added = page.getByRole("form", { name: "Nieuw onderdeel" });
      await added.getByLabel("Kop", { exact: true }).fill(heading);
      await added.getByLabel("Deel van het onderdeel erboven, zoals een pilot").check();
      await added.getByLabel("Tekst", { exact: true }).fill("Een nieuwe pilot.");
      await added.getByRole("button", { name: "Onderdeel toevoegen" }).click();
      await expect(page.getByText("Het onderdeel is toegevoegd, onderaan de lijst.")).toBeVisible();
      await page.getByRole("button", { name: `Omhoog: ${heading}`, exact: true }).click();
      await expect(page.getByText("De volgorde is aangepast.")).toBeVisible();

      await page.goto("/project");
      const headings = await page.getByRole("heading").allTextContents();
      expect(headings.indexOf(heading)).toBe(headings.indexOf("Samenwerking") - 1);
      await expect(page.getByRole("heading", { level: 3, name: heading })).toBeVisible();

      await page.goto("/admin/project");
      await page.getByRole("link", { name: new RegExp(`^Verwijderen\\W+${heading}$`) }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Onderdeel verwijderen?");
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByRole("button", { name: "Ja, verwijder het onderdeel" }).click();
      await expect(page.getByText(`‘${heading}’ is verwijderd van de projectpagina.`)).toBeVisible();
      await page.goto("/project");
      await expect(page.getByRole("heading", { name: heading })).toHaveCount(0);
    } finally {
      await context.close();
      undo();
    }
  });
}
