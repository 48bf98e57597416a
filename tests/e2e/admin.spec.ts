import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { ADMIN_STATE, E2E_DATABASE, E2E_PORT } from "../playwright.config";
import { expect, expectAccessible, screenshot, test } from "./support";

test.use({ storageState: ADMIN_STATE });
test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the organisers work at a desk");
});

const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

/** Signs someone up through the public form, as a visitor would. */
async function signUp(page: Page, name: string, email: string, organisation = "Gemeente Ütrecht") {
  await page.goto("/");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Organisatie", { exact: true }).fill(organisation);
  await page.getByRole("checkbox", { name: /vrijdag 4 juni/ }).check();
  await page.getByRole("checkbox", { name: /Ik ga akkoord/ }).check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByText("Bedankt! We hebben je aanmelding ontvangen")).toBeVisible();
}

test("an organiser sees a fresh registration, finds it without caring about case or accents, and exports it", async ({ page }, testInfo) => {
  const email = `${unique(testInfo.project.name)}@e2e.example.nl`;
  await signUp(page, "=Gülşen Yılmaz", email);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "admin-overzicht");

  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Aanmeldingen" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  await page.getByLabel("Zoeken op naam, e-mail of organisatie").fill("GULSEN yilmaz utrecht");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "admin-aanmeldingen");

  const href = await page.getByRole("link", { name: /Exporteer als CSV/ }).first().getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(body.toString("utf8").slice(1), { delimiter: ";" });
  expect(rows[0]).toContain("Naam");
  const row = rows.find((cells) => cells.includes(email));
  expect(row).toBeDefined();
  // A name starting with "=" must not become a formula in Excel.
  expect(row).toContain("'=Gülşen Yılmaz");
  expect(row).toContain("Gemeente Ütrecht");
});

/** Runs one of the organiser commands against the browser tests' database; returns the one-time password it prints. */
async function organiserCommand(command: "admin:add" | "admin:reset-password", email: string): Promise<string> {
  const { stdout } = await promisify(execFile)("npm", ["run", "--silent", command, "--", email], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_URL: `file:${E2E_DATABASE}`, APP_URL: `http://127.0.0.1:${E2E_PORT}` },
  });
  const password = stdout.match(/password(?: for \S+)?: (\S+)/)?.[1];
  expect(password).toBeDefined();
  return password!;
}

test("a new organiser must choose their own password first, and signs in with it", async ({ browser }, testInfo) => {
  test.slow(); // two runs of an npm command, each starting tsx and hashing a password
  const email = `${unique("organisator")}@e2e.example.nl`;
  const password = await organiserCommand("admin:add", email);

  // A fresh context: not signed in as the shared organiser.
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: testInfo.project.name !== "no-js",
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  const signIn = async (secret: string) => {
    await page.goto("/admin/inloggen");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(secret);
    await page.getByRole("button", { name: "Inloggen" }).click();
  };
  await signIn(password);
  // The generated password opens only the page to replace it.
  await expect(page.getByRole("heading", { level: 1, name: "Kies je eigen wachtwoord" })).toBeVisible();
  await page.goto("/admin/aanmeldingen");
  await expect(page).toHaveURL(/\/admin\/wachtwoord$/);
  expect((await page.request.get("/admin/export")).status()).toBe(401);
  await screenshot(page, testInfo, "eigen-wachtwoord");
  await page.getByLabel("Huidig wachtwoord").fill(password);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("kort");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("kort");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  // The message stands by its field and, as a link to it, in the summary above the form.
  await expect(page.getByText("Het wachtwoord is te kort").first()).toBeVisible();
  await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveAccessibleDescription(/Het wachtwoord is te kort/);

  const next = "Een-Nieuw-Sterk-Wachtwoord-2027";
  await page.getByLabel("Huidig wachtwoord").fill(password);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(next);
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill(next);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();

  await page.getByRole("button", { name: /Uitloggen/ }).click();
  await expect(page).toHaveURL(/\/admin\/inloggen$/);
  await signIn(password);
  await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();
  await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
  // Right after a wrong password the account pauses a second; a person retyping takes longer.
  await page.waitForTimeout(1100);
  await signIn(next);
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();

  // Lost it after all: a reset signs them out and gives a one-time password, to be replaced again.
  const reset = await organiserCommand("admin:reset-password", email);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/inloggen$/);
  await signIn(reset);
  await expect(page.getByRole("heading", { level: 1, name: "Kies je eigen wachtwoord" })).toBeVisible();
  await context.close();
});

test("an unknown session in the editor answers 404 with the full page", async ({ page }) => {
  const response = await page.goto("/admin/sessies/cm0000000000000000000000a");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
});
