import { calendarText, mailsTo, manageLinkIn, waitForMail } from "./mail";
import {
  calendarLine,
  confirmation,
  dtstart,
  field,
  fillForm,
  SESSIONS,
  signUp,
  submit,
  uniquePerson,
  when,
} from "./registration-helpers";
import { expect, expectAccessible, test } from "./support";

const CONFIRMATION = /^Je aanmelding voor de online sessies over co-creatie$/;
const [first, second, third] = SESSIONS;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the phone project only screenshots the form with errors");
});

test("a sign-up for two sessions is confirmed on screen and by mail with a calendar file per session and a working manage link", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "twee");
  await signUp(page, person, [first, second]);

  const done = page.getByRole("status").filter({ has: confirmation(page) });
  const items = done.getByRole("listitem");
  await expect(items).toHaveCount(2);
  for (const [index, session] of [first, second].entries()) {
    await expect(items.nth(index)).toContainText(session.title);
    await expect(items.nth(index)).toContainText(when(session));
    await expect(items.nth(index)).toContainText("Je bent aangemeld.");
  }
  await expect(confirmation(page)).toBeFocused();
  await expectAccessible(page);

  const mail = await waitForMail(person.email, CONFIRMATION);
  expect(mail.text).toContain(`Hallo ${person.name}`);
  for (const session of [first, second]) {
    expect(mail.text).toContain(session.title);
    expect(mail.text).toContain(when(session));
    expect(mail.html).toContain(session.title);
    expect(mail.html).toContain(when(session));
  }
  expect(mail.text).toMatch(/uiterlijk een dag/i);
  expect(mail.html).toMatch(/uiterlijk een dag/i);

  const calendars = mail.attachments.filter((a) => a.contentType.startsWith("text/calendar")).map(calendarText);
  expect(calendars).toHaveLength(2);
  for (const [index, session] of [first, second].entries()) {
    const ics = calendars[index];
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(dtstart(session));
    expect(calendarLine(ics, "UID")).not.toBe("");
    expect(Number(calendarLine(ics, "SEQUENCE"))).toBeGreaterThanOrEqual(0);
  }
  expect(calendarLine(calendars[0], "UID")).not.toBe(calendarLine(calendars[1], "UID"));

  const response = await page.goto(manageLinkIn(mail));
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  // The personal link goes to no other site; within the site a form post then carries its Origin.
  expect(headers["referrer-policy"]).toBe("same-origin");
  const robotsMeta = await page.locator('meta[name="robots"]').getAttribute("content");
  expect(`${headers["x-robots-tag"] ?? ""} ${robotsMeta ?? ""}`).toContain("noindex");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn aanmelding");
  for (const session of [first, second]) {
    await expect(page.getByRole("heading", { level: 2, name: session.title })).toBeVisible();
    await expect(page.getByText(when(session))).toBeVisible();
    await expect(page.getByRole("link", { name: `Afmelden voor ${session.title}` })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Afmelden voor alle sessies" })).toBeVisible();
  await expectAccessible(page);
});

test("signing up again with the same address shows the same neutral confirmation, mails the full overview and keeps the first name", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "opnieuw");
  await signUp(page, person, [first]);
  await waitForMail(person.email, CONFIRMATION);

  const again = { ...uniquePerson(testInfo, "ander"), email: `  ${person.email.toUpperCase()}  ` };
  await page.goto("/");
  await fillForm(page, again, [third]);
  // A browser trims an e-mail field itself; as a text field (set without an input event, which
  // would make React restore the type) the spaces reach the server.
  await field(page, "E-mailadres").evaluate((input: HTMLInputElement, value) => {
    input.type = "text";
    input.value = value;
  }, again.email);
  await expect(field(page, "E-mailadres")).toHaveValue(again.email);
  await submit(page).click();

  await expect(confirmation(page)).toBeVisible();
  const items = page.getByRole("status").filter({ has: confirmation(page) }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(third.title);
  await expect(items.first()).toContainText("Je bent aangemeld.");
  await expect(page.getByRole("status")).not.toContainText(first.title);
  await expect(page.getByRole("status")).not.toContainText(/al aangemeld|bekend/i);

  const mail = await waitForMail(person.email, CONFIRMATION, 2);
  for (const session of [first, third]) {
    expect(mail.text).toContain(session.title);
    expect(mail.text).toContain(when(session));
  }
  expect(mail.attachments.filter((a) => a.contentType.startsWith("text/calendar"))).toHaveLength(2);
  expect(mail.text).toContain(`Hallo ${person.name}`);
  expect(mail.text).not.toContain(again.name);
  expect(mail.to).toBe(person.email);
});

test("a sign-up answers in place with JavaScript, and with a light page of its own without; a reload mails nothing again", async ({ page }, testInfo) => {
  const person = uniquePerson(testInfo, "herladen");
  const posts: number[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST") posts.push(response.status());
  });
  await signUp(page, person, [first]);
  await expect(confirmation(page)).toBeFocused();
  if (testInfo.project.use.javaScriptEnabled === false) {
    await expect(page).toHaveURL(/\/aangemeld\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(posts).toEqual([303]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bedankt! We hebben je aanmelding ontvangen");
    const html = await (await page.request.get(page.url())).text();
    // Light: the answer to the post is not the programme page again. What it weighs is mostly the
    // site's frame; the calendar links for each place take a little more.
    const programme = await (await page.request.get("/")).text();
    expect(html.length, "the confirmation page is light").toBeLessThan(programme.length * 0.7);
    expect(html).not.toContain("Wat kun je verwachten");
    await expectAccessible(page);
  } else {
    await expect(page).toHaveURL(/\/$/);
  }
  await waitForMail(person.email, CONFIRMATION);
  await page.reload();
  await expect(confirmation(page).or(page.getByRole("heading", { level: 1 }))).toBeVisible();
  // The scheduler runs every second here: a second confirmation would have arrived by now.
  await page.waitForTimeout(2500);
  expect(await mailsTo(person.email)).toHaveLength(1);
});
