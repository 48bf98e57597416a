import type { Browser, Page, TestInfo } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { waitForMail } from "./mail";
import { expect, expectAccessible, screenshot, test } from "./support";

// Serial: it adds an organiser, which the access test's "changes nothing" counts would see. It
// signs the e2e organiser in itself, so it can run on its own with --no-deps.

async function browserContext(browser: Browser, testInfo: TestInfo, javaScriptEnabled: boolean) {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  return browser.newContext({ baseURL, locale, timezoneId, javaScriptEnabled, storageState: { cookies: [], origins: [] } });
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

const linkIn = (text: string) => {
  const match = text.match(/\/admin\/wachtwoord-kiezen\/[a-z0-9]+\.(?:invite|reset)\.\d+\.[A-Za-z0-9_-]{43}/);
  if (!match) throw new Error("no password link in the mail");
  return match[0];
};

/** Opens the link from the mail, checks it leaks nowhere, and sets the password: a wrong repeat first. */
async function choosePassword(page: Page, link: string, heading: RegExp, password: string, javaScriptEnabled: boolean) {
  const response = await page.goto(link);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  // axe runs as a script in the page: without JavaScript the same HTML relies on the other run.
  if (javaScriptEnabled) await expectAccessible(page);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill(`${password}!`);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByLabel("Nieuw wachtwoord nog een keer")).toHaveAccessibleDescription(/De twee wachtwoorden zijn niet gelijk\./);
  // Posted from a no-referrer page, so with `Origin: null`: the route handler takes it.
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill(password);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText(/Je wachtwoord is opgeslagen/);
  // Used up: the same link opens nothing any more.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`an invited colleague chooses a password, forgets it, and gets back in through "Wachtwoord vergeten?" (${mode})`, async ({ browser }, testInfo) => {
    test.setTimeout(90_000);
    const colleague = `collega-${javaScriptEnabled ? "js" : "nojs"}-${Date.now()}@e2e.example.nl`;
    const organiser = await browserContext(browser, testInfo, javaScriptEnabled);
    const visitor = await browserContext(browser, testInfo, javaScriptEnabled);
    try {
      const admin = await organiser.newPage();
      await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
      await expect(admin.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();
      await admin.goto("/admin/organisatoren");
      await admin.getByLabel("E-mailadres van je collega").fill(colleague);
      await admin.getByRole("button", { name: "Uitnodiging versturen" }).click();
      await expect(admin.getByRole("status")).toHaveText(new RegExp(`${colleague} krijgt een mail`));
      await expect(admin.getByRole("row", { name: new RegExp(colleague) })).toContainText("Nog niet gekozen");
      if (javaScriptEnabled) await expectAccessible(admin);

      const page = await visitor.newPage();
      const invitation = await waitForMail(colleague, /uitgenodigd als organisator/);
      await choosePassword(page, linkIn(invitation.text), /Welkom! Kies je wachtwoord/, "Eerste wachtwoord van de collega 2027", javaScriptEnabled);

      // Forgotten already: from the sign-in page to a mail, a new password, and in.
      await page.goto("/admin/inloggen");
      await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByLabel("E-mailadres").fill(colleague);
      await page.getByRole("button", { name: "Stuur me een link" }).click();
      await expect(page.getByRole("status")).toHaveText(/Dan krijg je binnen een paar minuten een mail/);
      await screenshot(page, testInfo, `wachtwoord-vergeten-${javaScriptEnabled ? "js" : "nojs"}`);
      const reset = await waitForMail(colleague, /Kies een nieuw wachtwoord/);
      const newPassword = "Tweede wachtwoord na het vergeten 2027";
      await choosePassword(page, linkIn(reset.text), /Kies een nieuw wachtwoord/, newPassword, javaScriptEnabled);

      await signIn(page, colleague, newPassword);
      await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();

      await admin.goto("/admin/organisatoren");
      await expect(admin.getByRole("row", { name: new RegExp(colleague) })).toContainText("Gekozen");
      await admin.goto("/admin/logboek");
      await expect(admin.getByRole("cell", { name: "Collega uitgenodigd" }).first()).toBeVisible();
      await expect(admin.getByRole("cell", { name: "Nieuw wachtwoord gekozen via link" }).first()).toBeVisible();
    } finally {
      await organiser.close();
      await visitor.close();
    }
  });
}
