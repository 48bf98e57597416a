import type { Page } from "@playwright/test";
import { registrationSection, submit } from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

// What every form does alike (components/form): our own Dutch messages instead of the browser's
// bubbles, focus on the message after a failed submit, and summary links that show the field whole.

const summary = (page: Page, name: string | RegExp) => page.getByRole("group", { name });

test("a link in the error summary lands on its field, with its label and its message in view", async ({ page }, testInfo) => {
  await page.goto("/");
  await submit(page).click();
  const errors = summary(page, "Controleer het formulier");
  await expect(errors).toBeFocused();
  await errors.getByRole("link", { name: "Vul je naam in." }).click();
  const name = registrationSection(page).getByLabel("Naam", { exact: true });
  await expect(name).toBeFocused();
  await expect(registrationSection(page).locator("label[for='veld-name']")).toBeInViewport({ ratio: 1 });
  await expect(page.locator("#fout-name")).toBeInViewport({ ratio: 1 });
  await screenshot(page, testInfo, "foutlink-naar-veld");
});

test("without JavaScript on a phone, a summary link shows a field whose hint and message wrap over many lines", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "opens its own phone without JavaScript");
  const context = await browser.newContext({ ...testInfo.project.use, viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await registrationSection(page).getByLabel("Naam", { exact: true }).fill("Bevestig via https://bank.example");
  await submit(page).click();
  await summary(page, "Controleer het formulier").getByRole("link", { name: /webadres of e-mailadres/ }).click();
  await expect(registrationSection(page).getByLabel("Naam", { exact: true })).toBeFocused();
  await expect(registrationSection(page).locator("label[for='veld-name']")).toBeInViewport({ ratio: 1 });
  await expect(page.locator("#fout-name")).toBeInViewport({ ratio: 1 });
  await context.close();
});

test("a failed organiser sign-in moves focus to the message, in our own words", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the organisers work at a desk");
  const context = await browser.newContext({ ...testInfo.project.use, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/admin/inloggen");
  // No browser bubble stops an empty form: the server answers, per field.
  await page.getByRole("button", { name: "Inloggen" }).click();
  const failed = summary(page, "Inloggen is niet gelukt");
  await expect(failed).toBeFocused();
  await expect(failed.getByRole("listitem")).toHaveText(["Vul je e-mailadres in.", "Vul je wachtwoord in."]);
  await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("E-mailadres").fill("iemand@example.nl");
  await page.getByLabel("Wachtwoord").fill("niet-het-goede-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(failed).toBeFocused();
  await expect(failed).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("iemand@example.nl");
  await expectAccessible(page);
  await screenshot(page, testInfo, "inloggen-mislukt");
  await context.close();
});

test("“Link kwijt?” moves focus to its answer, and to the message when the address is wrong", async ({ page }, testInfo) => {
  await page.goto("/link-kwijt");
  await page.getByLabel("E-mailadres", { exact: true }).fill("geen-adres");
  await page.getByRole("button", { name: "Stuur mij een nieuwe link" }).click();
  const wrong = summary(page, "Dat lukte niet");
  await expect(wrong).toBeFocused();
  await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  await expect(page.getByLabel("E-mailadres", { exact: true })).toHaveValue("geen-adres");

  await page.getByLabel("E-mailadres", { exact: true }).fill("iemand@example.nl");
  await page.getByRole("button", { name: "Stuur mij een nieuwe link" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in je mail" })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, testInfo, "link-kwijt-verstuurd");
});
