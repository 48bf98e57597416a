import Database from "better-sqlite3";
import { calendarText, manageLinkIn, waitForMail } from "./mail";
import { confirmation, dtstart, SESSIONS, signUp, uniquePerson } from "./registration-helpers";
import { E2E_DATABASE } from "../playwright.config";
import { expect, test } from "./support";

const CONFIRMATION = /^Je aanmelding voor de online sessies over co-creatie$/;
const fourth = SESSIONS[3];

test("when a full session's place frees up, the first on the waiting list moves up and is told", async ({ page, browser }, testInfo) => {
  const db = new Database(E2E_DATABASE, { timeout: 5000 });
  const session = db.prepare("SELECT id, capacity FROM Session WHERE number = 4").get() as { id: string; capacity: number | null };
  // Other tests may have signed up for this session already: leave exactly one place.
  const { taken } = db
    .prepare("SELECT COUNT(*) AS taken FROM SignUp WHERE sessionId = ? AND status = 'confirmed'")
    .get(session.id) as { taken: number };
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const noJs = await browser.newContext({ baseURL, locale, timezoneId, javaScriptEnabled: false });
  try {
    db.prepare("UPDATE Session SET capacity = ? WHERE id = ?").run(taken + 1, session.id);

    const a = uniquePerson(testInfo, "eerste");
    await signUp(page, a, [fourth]);
    await expect(page.getByRole("status").filter({ has: confirmation(page) })).toContainText("Je bent aangemeld.");
    const aMail = await waitForMail(a.email, CONFIRMATION);

    const b = uniquePerson(testInfo, "wachtend");
    const bPage = await noJs.newPage();
    await signUp(bPage, b, [fourth]);
    const bDone = bPage.getByRole("status").filter({ has: confirmation(bPage) });
    await expect(bDone).toContainText("Je staat op de wachtlijst");
    await expect(bDone).not.toContainText("Je bent aangemeld.");
    // A place on the waiting list is no place: the subject says "Wachtlijst" before anything else.
    const bMail = await waitForMail(b.email, /^Wachtlijst voor de online sessie over co-creatie$/);
    expect(bMail.text).toContain("wachtlijst");
    // No calendar entry for a place one does not have.
    expect(bMail.attachments).toHaveLength(0);

    await page.goto(manageLinkIn(aMail));
    await page.getByRole("link", { name: `Afmelden voor ${fourth.title}` }).click();
    await page.getByRole("button", { name: "Ja, meld mij af" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Je bent afgemeld voor ‘${fourth.title}’.` })).toBeVisible();

    const movedUp = await waitForMail(b.email, /plek vrij/);
    expect(movedUp.text).toContain(fourth.title);
    const ics = calendarText(movedUp.attachments[0]);
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(dtstart(fourth));

    await bPage.goto(manageLinkIn(bMail));
    const item = bPage.getByRole("listitem").filter({ has: bPage.getByRole("heading", { name: fourth.title }) });
    await expect(item).toContainText("Je bent aangemeld.");
    await expect(item).not.toContainText("wachtlijst");
  } finally {
    db.prepare("UPDATE Session SET capacity = ? WHERE id = ?").run(session.capacity, session.id);
    db.close();
    await noJs.close();
  }
});
