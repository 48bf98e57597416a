import { createElement, type ComponentType } from "react";
import CancellationEmail from "../../emails/cancellation";
import ConfirmationEmail from "../../emails/confirmation";
import FollowUpEmail from "../../emails/follow-up";
import ManageLinkEmail from "../../emails/manage-link";
import MessageEmail from "../../emails/message";
import MovedUpEmail from "../../emails/moved-up";
import StartingSoonEmail from "../../emails/starting-soon";
import TeamsLinkEmail from "../../emails/teams-link";
import TimeChangeEmail from "../../emails/time-change";
import { renderMail } from "../../lib/mail/render";
import { expect, screenshot, test } from "./support";

// Every mail, as a phone's mail app shows it: 375 px wide, nothing sticks out sideways, even the
// longest links wrap. Rendered from each template's realistic preview values.

const TEMPLATES = {
  confirmation: ConfirmationEmail,
  cancellation: CancellationEmail,
  "moved-up": MovedUpEmail,
  "manage-link": ManageLinkEmail,
  "teams-link": TeamsLinkEmail,
  "starting-soon": StartingSoonEmail,
  "time-change": TimeChangeEmail,
  "follow-up": FollowUpEmail,
  message: MessageEmail,
} as const;

test.use({ viewport: { width: 375, height: 800 } });

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a mail is the same HTML in every project");
});

for (const [name, template] of Object.entries(TEMPLATES)) {
  test(`the ${name} mail fits a phone: no sideways scrolling, a title and a preheader of its own`, async ({ page }, testInfo) => {
    const props = template.PreviewProps as { subject: string };
    const { html } = await renderMail(createElement(template as ComponentType<object>, props));
    await page.setContent(html);
    await expect(page).toHaveTitle(props.subject);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // React Email's preview: the body's first, hidden block, its own text before the filler.
    const preheader = (await page.evaluate(() => document.body.firstElementChild?.firstChild?.textContent ?? "")).trim();
    expect(await page.evaluate(() => getComputedStyle(document.body.firstElementChild!).display)).toBe("none");
    expect(preheader.length).toBeGreaterThan(10);
    expect(preheader).not.toBe(props.subject);
    await screenshot(page, testInfo, `mail-${name}`);
  });
}
