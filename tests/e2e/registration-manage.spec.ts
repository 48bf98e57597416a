import { calendarText, mailsTo, manageLinkIn, waitForMail } from "./mail";
import {
  calendarLine,
  confirmation,
  dtstart,
  fillForm,
  SESSIONS,
  sessionCheckbox,
  signUp,
  storedFor,
  submit,
  uniquePerson,
  when,
} from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

const CONFIRMATION = /^Je aanmelding voor de online sessies over co-creatie$/;
const [, second, third, fourth] = SESSIONS;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the phone project only screenshots the form with errors");
});

test("cancelling one of two sessions through the manage link keeps the other and mails a calendar cancellation", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "afmelden");
  await signUp(page, person, [third, fourth]);
  const confirmationMail = await waitForMail(person.email, CONFIRMATION);
  const request = confirmationMail.attachments.map(calendarText).find((ics) => ics.includes(dtstart(third)));
  expect(request, "the confirmation carries a calendar file for the session").toBeDefined();

  const manage = manageLinkIn(confirmationMail);
  await page.goto(manage);
  await page.getByRole("link", { name: `Afmelden voor ${third.title}` }).click();
  // First a step that says what will happen; nothing is cancelled yet.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Afmelden voor ‘${third.title}’?`);
  await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: third.title })).toContainText(when(third));
  await expect(page.getByRole("main")).not.toContainText(fourth.title);
  await expectAccessible(page);
  await screenshot(page, testInfo, "afmelden-bevestigen");
  expect(await mailsTo(person.email)).toHaveLength(1);
  await page.getByRole("button", { name: "Ja, meld mij af" }).click();

  await expect(page, "the cancel post lands back on the manage page, with no status in its URL").toHaveURL(new RegExp(`${manage.replace(/[.]/g, "\\.")}$`));
  await expect(page.getByRole("status")).toHaveText(`Je bent afgemeld voor ‘${third.title}’. Je krijgt hiervan een bevestiging per mail.`);
  await expect(page.getByRole("heading", { level: 2, name: fourth.title })).toBeVisible();
  await expect(page.getByText(when(fourth))).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: third.title })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `Afmelden voor ${fourth.title}` })).toBeVisible();
  // One session left: no button for "all".
  await expect(page.getByRole("link", { name: "Afmelden voor alle sessies" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, testInfo, "afgemeld");

  const mail = await waitForMail(person.email, /afgemeld/);
  expect(mail.text).toContain(third.title);
  expect(mail.text).not.toContain(fourth.title);
  expect(mail.attachments).toHaveLength(1);
  const cancel = calendarText(mail.attachments[0]);
  expect(cancel).toContain("METHOD:CANCEL");
  expect(cancel).toContain(dtstart(third));
  expect(calendarLine(cancel, "UID")).toBe(calendarLine(request!, "UID"));
  // Calendar apps ignore an update whose sequence is not higher than the one they have.
  expect(Number(calendarLine(cancel, "SEQUENCE"))).toBeGreaterThan(Number(calendarLine(request!, "SEQUENCE")));
});

test("a known address gets a fresh working manage link; an unknown one the same answer and no mail", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "kwijt");
  const stranger = uniquePerson(testInfo, "onbekend");

  // Signed up from the session page, where that session is already checked.
  await page.goto(`/sessies/${second.number}`);
  await expect(sessionCheckbox(page, second)).toBeChecked();
  await fillForm(page, person, []);
  await submit(page).click();
  await expect(confirmation(page)).toBeVisible();
  const first = await waitForMail(person.email, CONFIRMATION);

  const ask = async (email: string) => {
    await page.goto("/link-kwijt");
    await page.getByLabel("E-mailadres", { exact: true }).fill(email);
    await page.getByRole("button", { name: "Stuur mij een nieuwe link" }).click();
    await expect(page.getByRole("heading", { name: "Kijk in je mail" })).toBeVisible();
    return page.getByRole("main").innerText();
  };
  const unknownAnswer = await ask(stranger.email);
  const knownAnswer = await ask(person.email.toUpperCase());
  expect(unknownAnswer).toBe(knownAnswer);
  await expectAccessible(page);

  const mail = await waitForMail(person.email, /persoonlijke link/);
  const link = manageLinkIn(mail);
  expect(link).not.toBe(manageLinkIn(first));
  // Asking for a new link ends nothing: whoever asked may not be the owner.
  expect((await page.goto(manageLinkIn(first)))?.status(), "the old link before the new one is used").toBe(200);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn aanmelding");
  await expect(page.getByRole("heading", { level: 2, name: second.title })).toBeVisible();
  // Its first use ends the older ones.
  expect((await page.goto(manageLinkIn(first)))?.status(), "the old link once the new one is used").toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  expect((await page.goto(link))?.status()).toBe(200);

  // The unknown address asked first, so a mail for it would have gone out before this one.
  expect(await mailsTo(stranger.email)).toEqual([]);
  expect(storedFor(stranger)).toEqual({ registrants: 0, mails: 0 });
});

test("a manage link that does not work answers 404 with the full page, and the way to a new link", async ({ page }) => {
  for (const link of ["abc", "cm0000000000000000000000a.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
    const response = await page.goto(`/mijn-aanmelding/${link}`);
    expect(response?.status(), link).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  }
  await page.getByRole("link", { name: "Vraag een nieuwe link aan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Link kwijt?");
});
