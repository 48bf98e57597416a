import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { ADMIN_STATE, E2E_ADMIN, E2E_CONTACT, E2E_DATABASE, E2E_PORT } from "../playwright.config";
import { mailsTo, waitForMail } from "./mail";
import { SESSIONS, signUp, uniquePerson, when } from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

// A destructive action first says what will happen and asks; only "Ja" does it. Desktop, phone
// and without JavaScript: the question is a page of its own, never a browser dialog.

test.use({ storageState: ADMIN_STATE });

const first = SESSIONS[0];

function read<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(E2E_DATABASE, { readonly: true, timeout: 5000 });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const statusOf = (email: string) =>
  read<{ status: string }>(
    "SELECT s.status FROM SignUp s JOIN Registrant r ON r.id = s.registrantId JOIN Session x ON x.id = s.sessionId WHERE r.emailKey = ? AND x.number = 1",
    email,
  ).status;

test("cancelling a sign-up first names the person and the session and says they get a mail; only yes cancels it", async ({ page, browser }, testInfo) => {
  const person = uniquePerson(testInfo, "annuleren");
  const visitor = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: { cookies: [], origins: [] } });
  await signUp(await visitor.newPage(), person, [first]);
  await visitor.close();

  await page.goto(`/admin/aanmeldingen?q=${encodeURIComponent(person.email)}`);
  const row = page.getByRole("row").filter({ hasText: person.email });
  // The hidden part of the name is positioned apart, so Chromium reads "Annuleren : aanmelding …".
  // By keyboard: on a phone the list is a wide table that scrolls sideways under the pointer.
  await row.getByRole("link", { name: `Annuleren : aanmelding van ${person.name} voor sessie 1 (${first.title})` }).press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmelding annuleren?");
  await expect(page.getByRole("main")).toContainText(
    `Aanmelding van ${person.name} (${person.email}) voor sessie 1 (‘${first.title}’) op ${when(first)}.`,
  );
  await expect(page.getByText(`${person.name} krijgt een mail dat de organisatie de aanmelding heeft geannuleerd.`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "admin-aanmelding-annuleren");
  // Asking changed nothing.
  expect(statusOf(person.email)).toBe("confirmed");

  await page.getByRole("link", { name: "Nee, terug" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/aanmeldingen\\?q=${encodeURIComponent(person.email).replace(/\./g, "\\.")}$`));
  await expect(row).toContainText("aangemeld");
  expect(statusOf(person.email)).toBe("confirmed");
  expect((await mailsTo(person.email)).filter((mail) => /geannuleerd/.test(mail.subject))).toHaveLength(0);

  await row.getByRole("link", { name: /Annuleren/ }).press("Enter");
  await page.getByRole("button", { name: "Ja, annuleer de aanmelding" }).click();
  await expect(page.getByRole("status")).toContainText("De aanmelding is geannuleerd.");
  // Back at the same search.
  await expect(page.getByLabel("Zoeken op naam, e-mail of organisatie")).toHaveValue(person.email);
  await expect(row).toContainText("afgemeld");
  expect(statusOf(person.email)).toBe("cancelled");

  const mail = await waitForMail(person.email, /geannuleerd door de organisatie/);
  expect(mail.text).toContain("De organisatoren van de online sessies hebben je aanmelding geannuleerd.");
  expect(mail.text).toContain("De sessie zelf gaat wel door.");
  expect(mail.text).toContain(`Mail dan naar ${E2E_CONTACT}`);
});

test("removing an organiser first names them; only yes removes them", async ({ page }, testInfo) => {
  const email = `organisator-${testInfo.project.name}-${Date.now()}@e2e.example.nl`;
  await promisify(execFile)("npm", ["run", "--silent", "admin:add", "--", email], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_URL: `file:${E2E_DATABASE}`, APP_URL: `http://127.0.0.1:${E2E_PORT}` },
  });
  const exists = () => read<{ n: number }>("SELECT count(*) AS n FROM Organiser WHERE email = ?", email).n === 1;

  await page.goto("/admin/organisatoren");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("link", { name: `Verwijderen ${email}` }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisator verwijderen?");
  await expect(page.getByRole("main")).toContainText(`Je verwijdert ${email} als organisator.`);
  await expect(page.getByText(`${email} kan daarna niet meer inloggen in het beheer.`)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "admin-organisator-verwijderen");
  expect(exists()).toBe(true);

  await page.getByRole("link", { name: "Nee, terug" }).click();
  await expect(page).toHaveURL(/\/admin\/organisatoren$/);
  await expect(row).toBeVisible();
  expect(exists()).toBe(true);

  await row.getByRole("link", { name: /Verwijderen/ }).click();
  await page.getByRole("button", { name: "Ja, verwijder deze organisator" }).click();
  await expect(page.getByRole("status")).toHaveText("De organisator is verwijderd.");
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  expect(exists()).toBe(false);
});

test("an organiser is not offered to remove themselves, and the question page refuses it", async ({ page }) => {
  await page.goto("/admin/organisatoren");
  const own = page.getByRole("row").filter({ hasText: "(jij)" });
  await expect(own.getByRole("link", { name: /Verwijderen/ })).toHaveCount(0);
  const id = read<{ id: string }>("SELECT id FROM Organiser WHERE email = ?", E2E_ADMIN.email).id;
  await page.goto(`/admin/organisatoren/${id}/verwijderen`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Je kunt jezelf niet verwijderen.");
  await expect(page.getByRole("button", { name: /Ja/ })).toHaveCount(0);
});

test("a question page for an unknown or malformed id answers 404", async ({ page }) => {
  for (const url of [
    "/admin/sessies/cm0000000000000000000000a/annuleren",
    "/admin/sessies/NIET-GELDIG/annuleren",
    "/admin/aanmeldingen/annuleren/cm0000000000000000000000a",
    "/admin/aanmeldingen/annuleren/..%2F",
    "/admin/organisatoren/cm0000000000000000000000a/verwijderen",
    "/admin/organisatoren/x/verwijderen",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  }
});
