import Database from "better-sqlite3";
import { toAmsterdamLocalInput } from "../../lib/time";
import { ADMIN_STATE, E2E_DATABASE } from "../playwright.config";
import { mailsTo, waitForMail } from "./mail";
import { fillForm, SESSIONS, submit, uniquePerson } from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

test.use({ storageState: ADMIN_STATE });

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_straks%40thread.v2/0";
const MINUTE = 60_000;

test("a session moved to start in 20 minutes: who then signs up gets the link mail at once, and its button takes them to Teams", async ({ page, browser }, testInfo) => {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const saved = db.prepare("SELECT id, startsAt, endsAt, teamsUrl FROM Session WHERE number = 4 AND seriesId = (SELECT id FROM Series ORDER BY createdAt DESC LIMIT 1)").get() as {
    id: string;
    startsAt: string;
    endsAt: string;
    teamsUrl: string | null;
  };
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const visitor = await browser.newContext({ baseURL, locale, timezoneId, storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
  const person = uniquePerson(testInfo, "straks");
  try {
    const startsAt = new Date(Date.now() + 20 * MINUTE);
    await page.goto(`/admin/sessies/${saved.id}`);
    await page.getByLabel("Begint op").fill(toAmsterdamLocalInput(startsAt));
    await page.getByLabel("Eindigt op").fill(toAmsterdamLocalInput(new Date(startsAt.getTime() + 60 * MINUTE)));
    await page.getByLabel("Teams-link").fill(TEAMS);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Opgeslagen.");

    // The visitor, without JavaScript, signs up for it on its own page.
    const form = await visitor.newPage();
    await form.goto(`/sessies/${SESSIONS[3].number}`);
    await fillForm(form, person, []);
    await submit(form).click();
    await expect(form.getByRole("heading", { name: "Bedankt! We hebben je aanmelding ontvangen" })).toBeVisible();
    await expect(form.getByText("De link naar Teams krijg je binnen een paar minuten in een aparte mail.")).toBeVisible();

    const link = await waitForMail(person.email, /Teams-link/);
    expect(link.text).toContain(TEAMS); // in the small print, as the fallback
    const join = link.html.match(/href="([^"]*\/deelnemen\/[^"]+)"[^>]*>(?:(?!<\/a>)[\s\S])*Naar de sessie/)![1];
    await form.route("https://teams.microsoft.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Microsoft Teams</title><h1>Teams</h1>" }));
    await form.goto(new URL(join).pathname);
    await expect(form.getByRole("heading", { level: 1, name: "De sessie begint" })).toBeVisible();
    await screenshot(form, testInfo, "deelnemen-straks");
    await form.getByRole("button", { name: "Naar Microsoft Teams" }).click();
    await expect(form).toHaveURL(TEAMS);

    // Signed up after the "starting soon" moment: the link mail suffices, and no second mail follows.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await mailsTo(person.email)).filter((mail) => /begint/.test(mail.subject))).toHaveLength(0);

    await page.goto(`/admin/sessies/${saved.id}`);
    await expect(page.getByRole("region", { name: "Deelname" })).toContainText("Deelgenomen1");
    await expectAccessible(page);
  } finally {
    await visitor.close();
    db.prepare("UPDATE Session SET startsAt = ?, endsAt = ?, teamsUrl = ? WHERE id = ?").run(saved.startsAt, saved.endsAt, saved.teamsUrl, saved.id);
    db.close();
  }
});
