import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { amsterdamInstant, formatSessionTime } from "../../lib/time";
import { E2E_DATABASE, E2E_YEAR } from "../playwright.config";

// Shared by the registration specs. Not a spec itself: the name matches no project's testMatch.

export const SESSIONS = [
  { number: 1, day: 4, title: "Hoe start je een co-creatie-initiatief?" },
  { number: 2, day: 11, title: "Community reporting als co-creatiemethodiek" },
  { number: 3, day: 18, title: "Co-creëren in de praktijk: best practices en dilemma’s" },
  { number: 4, day: 25, title: "Hoe zorg je dat een co-creatie-initiatief standhoudt?" },
] as const;
export type Session = (typeof SESSIONS)[number];

const start = (session: Session) => amsterdamInstant(E2E_YEAR, 6, session.day, 13, 30);
const end = (session: Session) => amsterdamInstant(E2E_YEAR, 6, session.day, 14, 30);

/** "vrijdag 4 juni 2027, 13.30–14.30 uur", as the site and the mails write it. */
export const when = (session: Session) => formatSessionTime(start(session), end(session));

/** "DTSTART:20270604T113000Z": the start in UTC, as the .ics files carry it. */
export const dtstart = (session: Session) =>
  `DTSTART:${start(session).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`;

/** "vrijdag 4 juni", as the checkbox names the day. */
export const checkboxDay = (session: Session) => `vrijdag ${session.day} juni`;

/** Unique per test and per project: the projects share one database and one mail catcher. */
export function uniquePerson(testInfo: TestInfo, label: string) {
  const suffix = `${testInfo.project.name}-${label}-${randomBytes(4).toString("hex")}`;
  return {
    name: `Jan de Tester ${suffix}`,
    email: `registration-${suffix}@e2e.example.nl`,
    organisation: `Gemeente ${suffix}`,
    role: "Beleidsmedewerker",
  };
}
export type Person = ReturnType<typeof uniquePerson>;

export const registrationSection = (page: Page) => page.getByRole("region", { name: /^Aanmelden/ });

export function sessionCheckbox(page: Page, session: Session): Locator {
  return registrationSection(page)
    .getByRole("group", { name: "Voor welke sessie(s) meld je je aan?" })
    .getByRole("checkbox", { name: new RegExp(`${checkboxDay(session)}.*${escape(session.title)}`) });
}

export const field = (page: Page, label: string) => registrationSection(page).getByLabel(label, { exact: true });
export const consent = (page: Page) => registrationSection(page).getByRole("checkbox", { name: "Ik ga akkoord met de privacyverklaring" });
export const submit = (page: Page) => registrationSection(page).getByRole("button", { name: "Aanmelden" });
export const confirmation = (page: Page) =>
  page.getByRole("heading", { name: "Bedankt! We hebben je aanmelding ontvangen" });

/** Fills the form as a person would; leaves the sessions already checked as they are. */
export async function fillForm(page: Page, person: Person, sessions: Session[], options = { consent: true }) {
  await field(page, "Naam").fill(person.name);
  await field(page, "E-mailadres").fill(person.email);
  await field(page, "Organisatie").fill(person.organisation);
  await field(page, "Functie (niet verplicht)").fill(person.role);
  for (const session of sessions) await sessionCheckbox(page, session).check();
  if (options.consent) await consent(page).check();
}

/** Signs up from the programme page and waits for the confirmation on screen. */
export async function signUp(page: Page, person: Person, sessions: Session[]) {
  await page.goto("/");
  await fillForm(page, person, sessions);
  await submit(page).click();
  await expect(confirmation(page)).toBeVisible();
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What the database holds for a person: registrant rows and queued mails (read only). */
export function storedFor(person: { email: string; organisation: string }) {
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const key = person.email.trim().toLowerCase();
    const registrants = db
      .prepare("SELECT COUNT(*) AS n FROM Registrant WHERE emailKey = ? OR organisation = ?")
      .get(key, person.organisation) as { n: number };
    const mails = db.prepare("SELECT COUNT(*) AS n FROM OutboxMail WHERE lower(recipient) = ?").get(key) as { n: number };
    return { registrants: registrants.n, mails: mails.n };
  } finally {
    db.close();
  }
}

/** The value of one property line (UID, SEQUENCE, …) in an unfolded calendar file. */
export function calendarLine(ics: string, name: string): string {
  const line = ics.split(/\r?\n/).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  if (!line) throw new Error(`no ${name} in calendar file`);
  return line.slice(line.indexOf(":") + 1);
}
