import type { Page } from "@playwright/test";
import { ADMIN_STATE } from "../playwright.config";
import { calendarText, waitForMail } from "./mail";
import { SESSIONS, signUp, uniquePerson, when } from "./registration-helpers";
import { FIXTURE_TEAMS, sessionAround, signUpState } from "./session-fixtures";
import { expect, expectAccessible, screenshot, test } from "./support";

// The way into a session, as the person does it: with and without JavaScript, on a phone and on a
// desktop. Pressing the button is the only thing that counts as joining.

/** Teams itself is not reachable here: the browser's request for it is answered by the test. */
async function fakeTeams(page: Page) {
  await page.route("https://teams.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Microsoft Teams</title><h1>Teams</h1>" }),
  );
}

test("the calendar entry of a confirmation leads to the join page, which shows the session ahead and how to prepare", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "join-before");
  await signUp(page, person, [SESSIONS[1]]);
  const mail = await waitForMail(person.email, /Je aanmelding/);
  const joinUrl = calendarText(mail.attachments[0]).match(/^URL:(.*)$/m)![1];
  expect(joinUrl).toMatch(/\/deelnemen\/[a-z0-9]+\.[A-Za-z0-9_-]{43}$/);
  expect(calendarText(mail.attachments[0])).not.toContain(person.email);

  const response = await page.goto(new URL(joinUrl).pathname);
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response!.headers()["x-robots-tag"]).toContain("noindex");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1, name: "Je sessie" })).toBeVisible();
  await expect(page.getByText(when(SESSIONS[1]))).toBeVisible();
  await expect(page.getByText(/komt op .* een knop waarmee je naar de sessie in Microsoft Teams gaat/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Naar Microsoft Teams" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Tips om mee te doen" })).toBeVisible();
  // The calendar: a file with the same entry as the mail's, and the web calendars with the public page only.
  const download = page.getByRole("link", { name: "Agenda-afspraak downloaden (.ics)" });
  const ics = await (await page.request.get((await download.getAttribute("href"))!)).text();
  expect(ics.match(/^UID:.*$/m)![0]).toBe(calendarText(mail.attachments[0]).match(/^UID:.*$/m)![0]);
  const outlook = await page.getByRole("link", { name: "Zet in Outlook-agenda" }).getAttribute("href");
  expect(outlook).toContain("outlook.office.com");
  expect(decodeURIComponent(outlook!)).toContain(`/sessies/${SESSIONS[1].number}`);
  expect(outlook).not.toContain("deelnemen");
  await expectAccessible(page);
  await screenshot(page, testInfo, "deelnemen-voor");
});

test("once the link mails are due, the manage page shows the way in, so a lost link mail is found again through 'Link kwijt?'", async ({ page }, testInfo) => {
  const soon = sessionAround(testInfo, "manage-soon", { startsInMinutes: 24 * 60 });
  const later = sessionAround(testInfo, "manage-later", { startsInMinutes: 5 * 24 * 60 });
  try {
    await page.goto(soon.managePath);
    const join = page.getByRole("link", { name: /^Naar de sessie/ });
    await expect(join).toContainText(soon.title); // for a screen reader, hidden from the eye
    await expect(join).toHaveAttribute("href", soon.joinPath);
    await expect(page.getByRole("link", { name: /Zet in Outlook-agenda/ })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, testInfo, "mijn-aanmelding-met-deelnamelink");
    await page.goto(later.managePath);
    await expect(page.getByRole("link", { name: /^Naar de sessie/ })).toHaveCount(0);
  } finally {
    soon.remove();
    later.remove();
  }
});

test("while the session is open, one button goes to Teams and records the join; a visit alone records nothing", async ({ page }, testInfo) => {
  const session = sessionAround(testInfo, "open", { startsInMinutes: 10 });
  try {
    await fakeTeams(page);
    await page.goto(session.joinPath);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "De sessie begint" })).toBeVisible();
    expect(signUpState(session.signUpId).joined).toBe(false);
    await expectAccessible(page);
    await screenshot(page, testInfo, "deelnemen-open");

    await page.getByRole("button", { name: "Naar Microsoft Teams" }).click();
    await expect(page).toHaveURL(FIXTURE_TEAMS);
    await expect(page.getByRole("heading", { name: "Teams" })).toBeVisible();
    expect(signUpState(session.signUpId).joined).toBe(true);
  } finally {
    session.remove();
  }
});

test("while the session is open but has no Teams link yet, the page says so and asks to try again shortly", async ({ page }, testInfo) => {
  const session = sessionAround(testInfo, "no-link", { startsInMinutes: 5, teams: false });
  try {
    await page.goto(session.joinPath);
    await expect(page.getByRole("status")).toContainText("nog niet klaargezet. Probeer het over een paar minuten opnieuw");
    await expect(page.getByRole("button", { name: "Naar Microsoft Teams" })).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    session.remove();
  }
});

test("after the session, the page invites to a short evaluation: a wrong answer keeps what was typed, and a second time is refused kindly", async ({ page }, testInfo) => {
  const session = sessionAround(testInfo, "ended", { startsInMinutes: -120 });
  try {
    await page.goto(session.joinPath);
    await expect(page.getByRole("heading", { level: 1, name: "Na de sessie" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "De volgende sessie" })).toHaveCount(0); // its series has no other
    await expectAccessible(page);
    await page.getByRole("link", { name: "Vier vragen beantwoorden" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Korte evaluatie" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("2. Wat neem je mee uit de sessie? (niet verplicht)").fill("Dat co-creatie tijd kost.\nEn dat het loont.");
    await page.getByRole("button", { name: "Antwoorden versturen" }).click();
    const summary = page.getByRole("group", { name: "Je antwoorden zijn nog niet verstuurd" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Kies hoe waardevol de sessie voor je was/ })).toBeVisible();
    await expect(page.getByRole("group", { name: "1. Hoe waardevol was de sessie voor je?" })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("2. Wat neem je mee uit de sessie? (niet verplicht)")).toHaveValue("Dat co-creatie tijd kost.\nEn dat het loont.");
    expect(signUpState(session.signUpId).evaluated).toBe(false);
    await expectAccessible(page);
    await screenshot(page, testInfo, "evaluatie-fout");

    await page.getByLabel("4: waardevol").check();
    await page.getByRole("radio", { name: "Ja" }).check();
    await page.getByRole("button", { name: "Antwoorden versturen" }).click();
    await expect(page.getByRole("status")).toContainText("Bedankt voor je antwoorden! Ze zijn anoniem opgeslagen.");
    expect(signUpState(session.signUpId).evaluated).toBe(true);

    await page.goto(`${session.joinPath}/evaluatie`);
    await expect(page.getByRole("status")).toContainText("Je hebt de vragen over deze sessie al beantwoord");
    await expect(page.getByRole("button", { name: "Antwoorden versturen" })).toHaveCount(0);
    await page.goto(session.joinPath);
    await expect(page.getByText("Je hebt de evaluatie ingevuld. Bedankt voor je antwoorden!")).toBeVisible();
  } finally {
    session.remove();
  }
});

test("a join link of a place that is gone explains kindly and points to the programme; a forged one is a 404", async ({ page }, testInfo) => {
  const session = sessionAround(testInfo, "gone", { startsInMinutes: 10 });
  try {
    const Database = (await import("better-sqlite3")).default;
    const { E2E_DATABASE } = await import("../playwright.config");
    const db = new Database(E2E_DATABASE);
    db.prepare("UPDATE SignUp SET status = 'cancelled' WHERE id = ?").run(session.signUpId);
    db.close();
    await page.goto(session.joinPath);
    await expect(page.getByRole("heading", { level: 1, name: "Je kunt niet meedoen aan deze sessie" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bekijk het programma" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Naar Microsoft Teams" })).toHaveCount(0);
    const forged = await page.goto(`${session.joinPath.slice(0, -2)}xx`);
    expect(forged!.status()).toBe(404);
    const posted = await page.request.post(`${session.joinPath.slice(0, -2)}xx/teams`, { maxRedirects: 0 });
    expect(posted.status()).toBe(404);
  } finally {
    session.remove();
  }
});

test.describe("an organiser", () => {
  test.use({ storageState: ADMIN_STATE });

  test("sees per session who joined, the evaluation in numbers and its texts, and exports them", async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name === "no-js", "the person's part runs with JavaScript; the admin pages are the same without");
    const session = sessionAround(testInfo, "admin", { startsInMinutes: -120 });
    try {
      // The person answers in a browser of their own.
      const person = await browser.newPage({ storageState: { cookies: [], origins: [] } });
      await person.goto(`${session.joinPath}/evaluatie`);
      await person.getByLabel("5: heel waardevol").check();
      await person.getByLabel("3. Wat kan beter? (niet verplicht)").fill("=HYPERLINK(\"x\") meer tijd voor vragen");
      await person.getByRole("button", { name: "Antwoorden versturen" }).click();
      await expect(person.getByRole("status")).toContainText("Bedankt voor je antwoorden!");
      await person.close();

      await page.goto(`/admin/sessies/${session.sessionId}`);
      const attendance = page.getByRole("region", { name: "Deelname" });
      await expect(attendance).toContainText("Aangemeld1");
      await expect(attendance).toContainText("Niet deelgenomen1");
      const evaluation = page.getByRole("region", { name: "Evaluatie", exact: true });
      await expect(evaluation).toContainText("1 antwoord. Gemiddeld 5,0");
      await expect(evaluation.getByText("Kan beter: =HYPERLINK(\"x\") meer tijd voor vragen")).toBeVisible();
      await expectAccessible(page);
      await screenshot(page, testInfo, "admin-sessie-na-afloop");

      const csv = await (await page.request.get(`/admin/export/evaluatie?sessie=${session.sessionId}`)).text();
      expect(csv).toContain("Hoe waardevol (1-5)");
      expect(csv).toContain("'=HYPERLINK");
      expect(csv).not.toContain(session.email);

      await page.goto(`/admin/aanmeldingen?q=${encodeURIComponent(session.email)}`);
      await expect(page.getByRole("columnheader", { name: "Deelgenomen" })).toBeVisible();
      await expect(page.getByRole("cell", { name: "Sessie 1: nee" })).toBeVisible();
      await expectAccessible(page);
    } finally {
      session.remove();
    }
  });
});
