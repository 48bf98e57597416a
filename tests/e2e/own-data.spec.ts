import { ADMIN_STATE } from "../playwright.config";
import { mailsTo, manageLinkIn, waitForMail } from "./mail";
import { SESSIONS, signUp, storedFor, uniquePerson, when } from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

// A person's own data (AVG): correcting it and deleting all of it through the manage link, and an
// organiser deleting it on request. Runs at desktop and phone width, and without JavaScript.

const CONFIRMATION = /^Je aanmelding voor de online sessies over co-creatie$/;
const [first, second] = SESSIONS;

test("the 'niet zelf aangemeld' link in the confirmation mail leads to a step that says what happens, and one button deletes everything", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "verwijderen");
  await signUp(page, person, [first, second]);
  const mail = await waitForMail(person.email, CONFIRMATION);
  const manage = manageLinkIn(mail);
  expect(mail.text).toContain("Heb je je niet zelf aangemeld?");
  const eraseLinks = mail.text.match(/https?:\/\/\S+\/mijn-aanmelding\/[a-z0-9]{20,40}\.[\w-]{43}\/verwijderen/g) ?? [];
  expect(eraseLinks, "one link to the delete step").toHaveLength(1);
  const erasePath = new URL(eraseLinks[0] ?? "http://x/").pathname;
  expect(erasePath).toBe(`${manage}/verwijderen`);

  // The manage page offers the same, beside cancelling and correcting.
  await page.goto(manage);
  await expect(page.getByRole("link", { name: "Al mijn gegevens verwijderen" })).toHaveAttribute("href", `${manage}/verwijderen`);
  await screenshot(page, testInfo, "mijn-aanmelding");
  // Cancelling all sessions asks first as well; going back changes nothing.
  await page.getByRole("link", { name: "Afmelden voor alle sessies" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afmelden voor alle sessies?");
  for (const session of [first, second]) await expect(page.getByRole("main")).toContainText(`${session.title}, ${when(session)}`);
  await expectAccessible(page);
  await screenshot(page, testInfo, "afmelden-alle-bevestigen");
  await page.getByRole("link", { name: "Nee, terug naar mijn aanmelding" }).click();
  await expect(page.getByRole("heading", { level: 2, name: first.title })).toBeVisible();

  await page.goto(erasePath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Al je gegevens verwijderen?");
  const main = page.getByRole("main");
  for (const text of [person.name, person.email, person.organisation, `${first.title}, ${when(first)} (aangemeld)`, second.title]) {
    await expect(main).toContainText(text);
  }
  await expect(main).toContainText("Dit kun je niet ongedaan maken.");
  await expect(main).toContainText("We bewaren alleen hoeveel mensen per sessie waren aangemeld.");
  await expectAccessible(page);
  await screenshot(page, testInfo, "gegevens-verwijderen");
  expect(storedFor(person).registrants, "nothing is deleted before the button").toBe(1);

  await page.getByRole("button", { name: "Ja, verwijder al mijn gegevens" }).click();
  await expect(page).toHaveURL(/\/gegevens-verwijderd$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Je gegevens zijn verwijderd");
  for (const text of [person.name, person.email, person.organisation]) await expect(page.getByRole("main")).not.toContainText(text);
  await expectAccessible(page);
  await screenshot(page, testInfo, "gegevens-verwijderd");
  expect(storedFor(person)).toEqual({ registrants: 0, mails: 0 });

  for (const path of [manage, `${manage}/verwijderen`, `${manage}/gegevens`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  // No mail about it: the address is gone, and with it anything queued for it.
  expect((await mailsTo(person.email)).map((sent) => sent.subject)).toEqual([mail.subject]);
});

test("correcting name, organisation and role: a refused value stays as typed with a Dutch message per field; the next mail uses the new name", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "aanpassen");
  await signUp(page, person, [second]);
  const manage = manageLinkIn(await waitForMail(person.email, CONFIRMATION));
  await page.goto(manage);
  await page.getByRole("link", { name: "Naam, organisatie of functie aanpassen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Je gegevens aanpassen");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(person.name);
  await expect(page.getByLabel("Functie (niet verplicht)")).toHaveValue(person.role);

  const phishing = "Bevestig via https://bank.example";
  await page.getByLabel("Naam", { exact: true }).fill(phishing);
  await page.getByLabel("Organisatie", { exact: true }).fill("");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  const summary = page.getByRole("group", { name: "Je gegevens zijn niet opgeslagen" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([/webadres of e-mailadres/, "Vul je organisatie in."]);
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(phishing);
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveAccessibleDescription(/webadres of e-mailadres/);
  await expect(page.getByLabel("Functie (niet verplicht)")).toHaveValue(person.role);
  await expectAccessible(page);
  await screenshot(page, testInfo, "gegevens-aanpassen-fouten");
  expect(storedFor(person).registrants).toBe(1);

  const renamed = `${person.name} Jansen`;
  await page.getByLabel("Naam", { exact: true }).fill(renamed);
  await page.getByLabel("Organisatie", { exact: true }).fill(`${person.organisation} Zuid`);
  await page.getByLabel("Functie (niet verplicht)").fill("");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Je gegevens zijn opgeslagen.");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(renamed);
  await expectAccessible(page);
  await screenshot(page, testInfo, "gegevens-aangepast");

  await page.getByRole("link", { name: "Terug naar mijn aanmelding" }).first().click();
  await expect(page.getByRole("main")).toContainText(`Hallo ${renamed}.`);
  await expect(page.getByRole("main")).toContainText(`${person.organisation} Zuid`);
  await expect(page.getByRole("main")).toContainText("niet ingevuld");

  await page.goto("/link-kwijt");
  await page.getByLabel("E-mailadres", { exact: true }).fill(person.email);
  await page.getByRole("button", { name: "Stuur mij een nieuwe link" }).click();
  expect((await waitForMail(person.email, /persoonlijke link/)).text).toContain(`Hallo ${renamed},`);
});

test.describe("an organiser", () => {
  test.use({ storageState: ADMIN_STATE });

  test("deletes a person on request through a confirmation page, and the log names no one", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "the organisers work at a desk; the page is also screenshot narrow below");
    const person = uniquePerson(testInfo, "beheer-verwijdert");
    await signUp(page, person, [first]);
    await page.goto(`/admin/aanmeldingen?q=${encodeURIComponent(person.organisation)}`);
    await page.getByRole("link", { name: `alle gegevens van ${person.name}` }).click();
    await expect(page).toHaveURL(/\/admin\/aanmeldingen\/[a-z0-9]{20,40}\/verwijderen$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Alle gegevens van ${person.name} verwijderen?`);
    await expect(page.getByRole("main")).toContainText(`${first.title}, ${when(first)} (aangemeld)`);
    await expect(page.getByRole("main")).toContainText("niet van wie");
    await expectAccessible(page);
    await screenshot(page, testInfo, "beheer-gegevens-verwijderen");
    await page.setViewportSize({ width: 320, height: 720 });
    await screenshot(page, testInfo, "beheer-gegevens-verwijderen-smal");
    expect(storedFor(person).registrants).toBe(1);

    await page.getByRole("button", { name: `Ja, verwijder alle gegevens van ${person.name}` }).click();
    await expect(page).toHaveURL(/\/admin\/aanmeldingen\?gedaan=verwijderd$/);
    await expect(page.getByRole("status")).toContainText("Alle gegevens van deze persoon zijn verwijderd.");
    expect(storedFor(person)).toEqual({ registrants: 0, mails: 0 });

    await page.goto("/admin/logboek");
    await expect(page.getByRole("main")).toContainText("Deelnemer verwijderd");
    await expect(page.getByRole("main")).not.toContainText(person.name);
    await expect(page.getByRole("main")).not.toContainText(person.email);
  });
});
