import { expect } from "@playwright/test";
import type { CapturedMail } from "../support/smtp";
import { E2E_MAILS_URL } from "../playwright.config";

/** The mails the site has sent to this address so far (through the real SMTP server). */
export async function mailsTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(E2E_MAILS_URL);
  const mails = (await response.json()) as CapturedMail[];
  return mails.filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
}

/** Waits until `count` mails matching the subject have arrived for the address; returns the newest. */
export async function waitForMail(address: string, subject: RegExp, count = 1): Promise<CapturedMail> {
  let found: CapturedMail[] = [];
  await expect(async () => {
    found = (await mailsTo(address)).filter((mail) => subject.test(mail.subject));
    expect(found.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 20_000, intervals: [250] });
  return found[found.length - 1];
}

/** The personal manage link in a mail, as a path on the site. */
export function manageLinkIn(mail: CapturedMail): string {
  const match = mail.text.match(/\/mijn-aanmelding\/[a-z0-9]{20,40}\.[A-Za-z0-9_-]{43}/);
  if (!match) throw new Error(`no manage link in "${mail.subject}"`);
  return match[0];
}

/** An iCalendar attachment with folded lines joined again. */
export function calendarText(attachment: { content: string }): string {
  return attachment.content.replace(/\r?\n[ \t]/g, "");
}
