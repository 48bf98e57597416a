import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { ADMIN_STATE } from "../playwright.config";

export { expect };

declare global {
  interface Window {
    reportCspViolation?: (text: string) => void;
  }
}

/**
 * Every browser test fails on a Content-Security-Policy violation in any of its pages: the browser
 * reports it on the console (with or without JavaScript) and, with JavaScript, as a
 * `securitypolicyviolation` event. Import `test` from here, not from @playwright/test (ESLint holds to it).
 */
export const test = base.extend<{ failOnCspViolation: void }>({
  failOnCspViolation: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on("console", (message) => {
        if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await context.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
      await context.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (event) =>
          window.reportCspViolation?.(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`),
        ),
      );
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Runs axe for WCAG 2.1 A and AA on the page as it is now; expects no violations.
 * axe runs as a script in the page, so the no-JS project (same HTML) relies on the others for this.
 */
export async function expectAccessible(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  await expectAxeClean(page);
}

/** axe on the page, whatever the project: for pages whose own scripts were taken out (the no-JS DOM). */
export async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** What every page must have: Dutch, a real title and description, one h1, landmarks, a skip link. */
export async function expectPageBasics(page: Page, title: RegExp) {
  await expect(page).toHaveTitle(title);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description?.length ?? 0).toBeGreaterThan(40);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toHaveAttribute("href", "#inhoud");
}

/** A full-page screenshot per project, to look at after the run. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const dir = path.resolve(__dirname, "../.artifacts/screenshots");
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${testInfo.project.name}-${name}.png`), fullPage: true });
}

/** A signed-in organiser's own browser, with or without JavaScript, in the project's locale and time zone. */
export function organiserContext(browser: Browser, testInfo: TestInfo, javaScriptEnabled: boolean) {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  return browser.newContext({ baseURL, locale, timezoneId, storageState: ADMIN_STATE, javaScriptEnabled });
}
