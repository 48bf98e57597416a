import type { Locator, Page } from "@playwright/test";
import { mailsTo, waitForMail } from "./mail";
import {
  confirmation,
  consent,
  field,
  fillForm,
  registrationSection,
  SESSIONS,
  sessionCheckbox,
  storedFor,
  submit,
  uniquePerson,
  type Person,
} from "./registration-helpers";
import { expect, expectAccessible, screenshot, test } from "./support";

const [first, second] = SESSIONS;
const FORGED = "Het formulier is niet goed verstuurd. Laad de pagina opnieuw en probeer het nog eens.";

const summary = (page: Page) => page.getByRole("group", { name: "Controleer het formulier" });
const sessionGroup = (page: Page) => registrationSection(page).getByRole("group", { name: "Voor welke sessie(s) meld je je aan?" });
const isNoJs = () => test.info().project.use.javaScriptEnabled === false;

/** The summary takes focus: by script with JavaScript, by its autofocus attribute without. */
async function expectSummaryFocused(page: Page) {
  if (isNoJs()) await expect(summary(page)).toHaveAttribute("autofocus");
  await expect(summary(page)).toBeFocused();
}

/** The field says it is invalid, its description holds the message, the summary links to it. */
async function expectFieldError(page: Page, target: Locator, message: string) {
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(target).toHaveAccessibleDescription(new RegExp(escape(message)));
  const link = summary(page).getByRole("link", { name: message });
  await expect(link).toHaveAttribute("href", `#${await target.getAttribute("id")}`);
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What the person typed is still there after the refusal. */
async function expectKept(page: Page, person: Person, overrides: Partial<Person> = {}) {
  const values = { ...person, ...overrides };
  await expect(field(page, "Naam")).toHaveValue(values.name);
  await expect(field(page, "E-mailadres")).toHaveValue(values.email);
  await expect(field(page, "Organisatie")).toHaveValue(values.organisation);
  await expect(field(page, "Functie (niet verplicht)")).toHaveValue(values.role);
}

/** Nothing was stored or queued; a corrected submit then sends exactly one mail. */
async function expectNothingStoredThenFix(page: Page, person: Person, fix: () => Promise<void>) {
  expect(storedFor(person)).toEqual({ registrants: 0, mails: 0 });
  await fix();
  await submit(page).click();
  await expect(confirmation(page)).toBeVisible();
  await waitForMail(person.email, /aanmelding/);
  expect(await mailsTo(person.email)).toHaveLength(1);
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone" && testInfo.title !== EMPTY, "the phone project only screenshots the form with errors");
});

const EMPTY = "an empty form lists every missing field in the summary, in form order, and fits a phone screen";
test(EMPTY, async ({ page }, testInfo) => {
  await page.goto("/");
  await submit(page).click();
  await expect(summary(page)).toBeVisible();
  await expect(summary(page).getByRole("listitem")).toHaveText([
    "Vul je naam in.",
    "Vul je e-mailadres in.",
    "Vul je organisatie in.",
    "Kies minstens één sessie.",
    "Vink aan dat je akkoord gaat met de privacyverklaring.",
  ]);
  await expectSummaryFocused(page);
  await expectFieldError(page, field(page, "Naam"), "Vul je naam in.");
  await expect(field(page, "Naam")).toHaveAccessibleDescription(/Andere deelnemers zien je naam in Teams/);
  await expectFieldError(page, sessionGroup(page), "Kies minstens één sessie.");
  await expectFieldError(page, consent(page), "Vink aan dat je akkoord gaat met de privacyverklaring.");
  await expect(field(page, "Functie (niet verplicht)")).not.toHaveAttribute("aria-invalid");
  await expectAccessible(page);
  if (testInfo.project.name === "phone") {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await summary(page).scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, "aanmelden-fouten");
  }
});

test("a sign-up without a session is refused with its own message and keeps what was typed", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "geen-sessie");
  await page.goto("/");
  await fillForm(page, person, []);
  await submit(page).click();
  await expect(summary(page).getByRole("listitem")).toHaveText(["Kies minstens één sessie."]);
  await expectSummaryFocused(page);
  await expectFieldError(page, sessionGroup(page), "Kies minstens één sessie.");
  await expectKept(page, person);
  await expect(consent(page)).toBeChecked();
  await expectNothingStoredThenFix(page, person, () => sessionCheckbox(page, second).check());
});

test("an invalid e-mail address is refused with its own message and keeps what was typed", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "adres");
  const wrong = person.email.replace("@", "@@");
  await page.goto("/");
  await fillForm(page, { ...person, email: wrong }, [first, second]);
  await submit(page).click();
  const message = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.";
  await expect(summary(page).getByRole("listitem")).toHaveText([message]);
  await expectSummaryFocused(page);
  await expectFieldError(page, field(page, "E-mailadres"), message);
  await expectKept(page, person, { email: wrong });
  await expect(sessionCheckbox(page, first)).toBeChecked();
  await expect(sessionCheckbox(page, second)).toBeChecked();
  await expectAccessible(page);
  await expectNothingStoredThenFix(page, person, () => field(page, "E-mailadres").fill(person.email));
});

test("a name that a mail client would turn into a link is refused with its own message and keeps what was typed", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "link");
  const phishing = "Bevestig via https://bank.example";
  await page.goto("/");
  await fillForm(page, { ...person, name: phishing }, [first]);
  await submit(page).click();
  const message = "Hier staat een webadres of e-mailadres in. Dat kan niet in dit veld: vul alleen de naam in, zonder link.";
  await expect(summary(page).getByRole("listitem")).toHaveText([message]);
  await expectSummaryFocused(page);
  await expectFieldError(page, field(page, "Naam"), message);
  await expectKept(page, person, { name: phishing });
  await expectNothingStoredThenFix(page, person, () => field(page, "Naam").fill(person.name));
});

test("a name over 100 characters is refused with its own message and keeps what was typed", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "lang");
  const long = `${person.name} ${"x".repeat(100)}`;
  await page.goto("/");
  await fillForm(page, { ...person, name: long }, [first]);
  await submit(page).click();
  const message = "Je naam is te lang. Gebruik maximaal 100 tekens.";
  await expect(summary(page).getByRole("listitem")).toHaveText([message]);
  await expectSummaryFocused(page);
  await expectFieldError(page, field(page, "Naam"), message);
  await expectKept(page, person, { name: long });
  await expectNothingStoredThenFix(page, person, () => field(page, "Naam").fill(person.name));
});

test("a name with a control character is refused with its own message and keeps what was typed", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "teken");
  const bell = `${person.name}\u0007`;
  await page.goto("/");
  await fillForm(page, person, [first]);
  await field(page, "Naam").evaluate((input: HTMLInputElement, value) => (input.value = value), bell);
  await submit(page).click();
  const message = "Hier staat een onzichtbaar teken in, zoals een tab of een nieuwe regel. Haal dat weg.";
  await expect(summary(page).getByRole("listitem")).toHaveText([message]);
  await expectSummaryFocused(page);
  await expectFieldError(page, field(page, "Naam"), message);
  await expectKept(page, person, { name: bell });
  await expectNothingStoredThenFix(page, person, () => field(page, "Naam").fill(person.name));
});

test("a sign-up without consent is refused with its own message and keeps what was typed", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "akkoord");
  await page.goto("/");
  await fillForm(page, person, [second], { consent: false });
  await submit(page).click();
  const message = "Vink aan dat je akkoord gaat met de privacyverklaring.";
  await expect(summary(page).getByRole("listitem")).toHaveText([message]);
  await expectSummaryFocused(page);
  await expectFieldError(page, consent(page), message);
  await expect(consent(page)).not.toBeChecked();
  await expect(registrationSection(page).getByRole("link", { name: "privacyverklaring", exact: true })).toHaveAttribute("href", "/privacy");
  await expectKept(page, person);
  await expect(sessionCheckbox(page, second)).toBeChecked();
  await expectNothingStoredThenFix(page, person, () => consent(page).check());
});

test("an unknown session id is refused with its own message next to the sessions", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "onbekend");
  await page.goto("/");
  await fillForm(page, person, [first]);
  // Well-formed, but no such session.
  await sessionCheckbox(page, first).evaluate((input: HTMLInputElement) => (input.value = "c".repeat(25)));
  await submit(page).click();
  const message = "Een van de gekozen sessies bestaat niet (meer). Kies opnieuw uit de lijst.";
  await expect(summary(page).getByRole("listitem")).toHaveText([message]);
  await expectSummaryFocused(page);
  await expectFieldError(page, sessionGroup(page), message);
  await expectKept(page, person);
  await expectNothingStoredThenFix(page, person, () => sessionCheckbox(page, first).check());
});

test("a forged post with an extra field is refused as a whole, without blaming a field", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "extra");
  await page.goto("/");
  await fillForm(page, person, [first]);
  await registrationSection(page).locator("form").evaluate((form: HTMLFormElement) => {
    const extra = Object.assign(document.createElement("input"), { type: "hidden", name: "isAdmin", value: "1" });
    form.append(extra);
  });
  await submit(page).click();
  await expect(summary(page).getByRole("listitem")).toHaveText([FORGED]);
  await expectSummaryFocused(page);
  await expect(registrationSection(page).locator("[aria-invalid]")).toHaveCount(0);
  await expectKept(page, person);
  await expectNothingStoredThenFix(page, person, async () => {});
});

test("a forged post with a changed checkbox value is refused as a whole", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "vervalst");
  await page.goto("/");
  await fillForm(page, person, [first]);
  await sessionCheckbox(page, first).evaluate((input: HTMLInputElement) => (input.value = "1 OR 1=1"));
  await submit(page).click();
  await expect(summary(page).getByRole("listitem")).toHaveText([FORGED]);
  await expectSummaryFocused(page);
  await expectKept(page, person);
  await expectNothingStoredThenFix(page, person, () => sessionCheckbox(page, first).check());
});
