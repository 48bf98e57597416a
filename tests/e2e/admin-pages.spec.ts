import Database from "better-sqlite3";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { ADMIN_STATE, E2E_DATABASE } from "../playwright.config";
import { appFolders, toUrl } from "./app-routes";
import { signUp, SESSIONS, uniquePerson } from "./registration-helpers";
import { expect, expectAxeClean, screenshot, test } from "./support";

// Every admin page, found from the app/ tree, at 1280 px (desktop) and 320 px (phone): axe finds no
// WCAG 2.1 AA violation, nothing scrolls sideways, and the keyboard reaches every control with a
// visible focus. A page added later is checked without anyone listing it here. In the no-JS
// project the checks run on the page without its script files: the DOM a visitor without JavaScript
// gets (axe itself needs scripts, so the browser keeps them on for axe).

/** A page to check: in the no-JS project the site's scripts are not loaded. */
async function checkingPage(browser: Browser, testInfo: TestInfo, signedIn: boolean) {
  const { baseURL, locale, timezoneId, viewport, deviceScaleFactor, isMobile, hasTouch, javaScriptEnabled } = testInfo.project.use;
  const device = { baseURL, locale, timezoneId, viewport, deviceScaleFactor, isMobile, hasTouch };
  // newContext takes the project's options, so scripts are switched on explicitly: axe runs as one.
  const context = await browser.newContext({ ...device, javaScriptEnabled: true, storageState: signedIn ? ADMIN_STATE : undefined });
  // Without the script files React never starts; the inline scripts only queue data for it.
  if (javaScriptEnabled === false) await context.route("**/*", (route) => (route.request().resourceType() === "script" ? route.abort() : route.continue()));
  return context.newPage();
}

/** The pages for someone who is not signed in (a link that no longer works, too), checked signed out below. */
const SIGNED_OUT = ["/admin/inloggen", "/admin/wachtwoord-vergeten", "/admin/wachtwoord-kiezen/onbekend"];

/** Signed up in beforeAll: a participant no other test removes while these pages are visited. */
let participant = "";

/**
 * A real row for each dynamic segment, so the page shows what an organiser sees, not a 404: rows of
 * the public series and of this spec's own participant, which no parallel test removes.
 */
function sampler() {
  const db = new Database(E2E_DATABASE, { readonly: true, timeout: 5000 });
  const one = (sql: string, ...values: string[]) => (db.prepare(sql).get(...values) as { id: string } | undefined)?.id ?? "onbekend";
  const publicSeries = "SELECT id FROM Series WHERE publishedAt IS NOT NULL ORDER BY publishedAt DESC LIMIT 1";
  const ids = {
    sessies: one(`SELECT id FROM Session WHERE seriesId = (${publicSeries}) ORDER BY position LIMIT 1`),
    reeksen: one(publicSeries),
    organisatoren: one("SELECT id FROM Organiser ORDER BY createdAt LIMIT 1"),
    deelnemer: one("SELECT id FROM Registrant WHERE emailKey = ?", participant),
    annuleren: one("SELECT s.id FROM SignUp s JOIN Registrant r ON r.id = s.registrantId WHERE r.emailKey = ?", participant),
    onderdelen: one("SELECT id FROM ProjectSection ORDER BY position LIMIT 1"),
    onderzoekers: one("SELECT id FROM Researcher ORDER BY position LIMIT 1"),
  };
  db.close();
  return (segment: string, appPath: string) => {
    if (segment === "deelnemer") return ids.deelnemer;
    // sessies/[id] is a session, organisatoren/[id] an organiser: the folder above names the row.
    const parts = appPath.split("/");
    const folder = parts[parts.indexOf(`[${segment}]`) - 1];
    return ids[folder as keyof typeof ids] ?? "onbekend";
  };
}

function adminPages(): string[] {
  const sample = sampler();
  return appFolders("page.tsx", "admin")
    .map((folder) => toUrl(folder, sample))
    .filter((url) => !SIGNED_OUT.includes(url));
}

async function expectNoSidewaysScroll(page: Page) {
  // Names the outermost elements that stick out, so a failure says where to look.
  const sticking = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && (element.parentElement?.getBoundingClientRect().right ?? 0) <= width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 40)}"`);
  });
  expect(sticking, `${page.url()} scrolls sideways`).toEqual([]);
}

/** Tabs through the page: every control it reaches shows a focus outline, and the tab order ends. */
async function expectKeyboardReachable(page: Page) {
  // A group of radio buttons is one tab stop: the arrow keys move within it.
  const controls = await page.evaluate(() => {
    const all = [...document.querySelectorAll("a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea")];
    const radioGroups = new Set(all.filter((e) => e.matches("input[type=radio]")).map((e) => e.getAttribute("name")));
    return all.filter((e) => !e.matches("input[type=radio]")).length + radioGroups.size;
  });
  const seen = new Set<string>();
  await page.locator("body").focus();
  // A date-and-time field takes a Tab for each of its parts (day, month, year, hours, minutes).
  for (let press = 0; press < Math.min(controls, 150) * 6 + 10; press++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        key: `${element.tagName} ${element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40)} (#${[...document.querySelectorAll("*")].indexOf(element)})`,
        visible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) break;
    expect(focused.visible, `no visible focus on ${focused.key} (${page.url()})`).toBe(true);
    seen.add(focused.key);
  }
  expect(seen.size, `the keyboard reaches the controls of ${page.url()}`).toBeGreaterThanOrEqual(Math.min(controls, 150) * 0.9);
}

test.beforeAll(async ({ browser }, testInfo) => {
  // The participant pages need someone who signed up.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const person = uniquePerson(testInfo, "beheer-paginas");
  await signUp(await context.newPage(), person, [SESSIONS[2]]);
  participant = person.email.toLowerCase();
  await context.close();
});

test("every admin page passes axe, fits the screen and works with the keyboard alone", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const page = await checkingPage(browser, testInfo, true);
  const pages = adminPages();
  expect(pages).toEqual(expect.arrayContaining(["/admin", "/admin/aanmeldingen", "/admin/teksten", "/admin/reeksen"]));
  for (const url of pages) {
    await test.step(url, async () => {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expectAxeClean(page);
      await expectNoSidewaysScroll(page);
      await expectKeyboardReachable(page);
    });
  }
  await page.goto("/admin");
  await screenshot(page, testInfo, "admin-overzicht-gestapeld");
  await page.goto("/admin/mail");
  await screenshot(page, testInfo, "admin-mail-gestapeld");
  await page.context().close();
});

test("the pages for signing in pass axe, fit the screen and work with the keyboard alone, signed out", async ({ browser }, testInfo) => {
  const page = await checkingPage(browser, testInfo, false);
  for (const url of SIGNED_OUT) {
    await page.goto(url);
    await expectAxeClean(page);
    await expectNoSidewaysScroll(page);
    await expectKeyboardReachable(page);
  }
  await page.context().close();
});
