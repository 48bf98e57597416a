import Database from "better-sqlite3";
import { fillForm, registrationSection, SESSIONS, storedFor, submit, uniquePerson } from "./registration-helpers";
import { E2E_DATABASE } from "../playwright.config";
import { expect, screenshot, test } from "./support";

// The adapter stores instants as ISO text with an explicit offset.
const stored = (instant: Date) => instant.toISOString().replace("Z", "+00:00");
const third = SESSIONS[2];

test("a session that started between loading the form and sending it is refused with its own message", async ({ page }, testInfo) => {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const original = db.prepare("SELECT startsAt, endsAt FROM Session WHERE number = 3").get() as { startsAt: string; endsAt: string };
  const person = uniquePerson(testInfo, "begonnen");
  try {
    await page.goto("/");
    await fillForm(page, person, [third]);

    const now = Date.now();
    db.prepare("UPDATE Session SET startsAt = ?, endsAt = ? WHERE number = 3").run(
      stored(new Date(now - 2 * 60 * 60 * 1000)),
      stored(new Date(now - 60 * 60 * 1000)),
    );
    await submit(page).click();

    const message = `Aanmelden voor ‘${third.title}’ kan niet meer: deze sessie is al begonnen of voorbij.`;
    const summary = page.getByRole("group", { name: "Controleer het formulier" });
    await expect(summary.getByRole("listitem")).toHaveText([message]);
    await expect(summary).toBeFocused();
    const sessions = registrationSection(page).getByRole("group", { name: "Voor welke sessie(s) meld je je aan?" });
    await expect(sessions).toHaveAttribute("aria-invalid", "true");
    await expect(sessions).toHaveAccessibleDescription(/al begonnen/);
    expect(storedFor(person)).toEqual({ registrants: 0, mails: 0 });
  } finally {
    db.prepare("UPDATE Session SET startsAt = ?, endsAt = ? WHERE number = 3").run(original.startsAt, original.endsAt);
    db.close();
  }
});

test("a session that is under way offers no sign-up on its own page, and says why", async ({ page }, testInfo) => {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const original = db.prepare("SELECT startsAt, endsAt FROM Session WHERE number = 3").get() as { startsAt: string; endsAt: string };
  try {
    const now = Date.now();
    db.prepare("UPDATE Session SET startsAt = ?, endsAt = ? WHERE number = 3").run(
      stored(new Date(now - 10 * 60 * 1000)),
      stored(new Date(now + 50 * 60 * 1000)),
    );
    // The cached page follows within REVALIDATE_SECONDS. Its session and its list of other sessions
    // are cached apart, so one request may still bring the old list: both are awaited together.
    await expect(async () => {
      await page.goto(`/sessies/${third.number}`);
      await expect(page.getByText("Aanmelden voor deze sessie kan niet meer: de sessie is al begonnen of voorbij.")).toBeVisible({ timeout: 500 });
      await expect(page.getByRole("checkbox", { name: new RegExp(third.title) })).toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByRole("heading", { name: "Aanmelden voor deze sessie" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Aanmelden voor een andere sessie" })).toBeVisible();
    await screenshot(page, testInfo, "sessie-begonnen");
  } finally {
    db.prepare("UPDATE Session SET startsAt = ?, endsAt = ? WHERE number = 3").run(original.startsAt, original.endsAt);
    db.close();
  }
});
