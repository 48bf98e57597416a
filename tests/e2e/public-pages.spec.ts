import { amsterdamInstant, formatSessionTime } from "../../lib/time";
import { E2E_CONTACT, E2E_YEAR } from "../playwright.config";
import { expect, expectAccessible, expectPageBasics, screenshot, test } from "./support";

const when = (juneDay: number) =>
  formatSessionTime(amsterdamInstant(E2E_YEAR, 6, juneDay, 13, 30), amsterdamInstant(E2E_YEAR, 6, juneDay, 14, 30));

const sessions = [
  { number: 1, phase: "initiëren", title: "Hoe start je een co-creatie-initiatief?", day: 4, speaker: "Nynke Joustra, projectleider, Gemeente Nieuwegein" },
  { number: 2, phase: "ontwerpen", title: "Community reporting als co-creatiemethodiek", day: 11, speaker: "Jessica Dijkman, projectleider, Gemeente Houten" },
  { number: 3, phase: "uitvoeren", title: "Co-creëren in de praktijk: best practices en dilemma’s", day: 18, speaker: "Nico Ooms" },
  { number: 4, phase: "evalueren", title: "Hoe zorg je dat een co-creatie-initiatief standhoudt?", day: 25, speaker: "Karin Sok, Movisie" },
];

test("the programme shows the series, its four sessions in order, the tips and the contact line", async ({ page }, testInfo) => {
  await page.goto("/");
  await expectPageBasics(page, /^Online sessies over co-creatie in het publieke domein$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Serie online sessies over co-creatie in het publieke domein",
  );
  await expect(page.getByText(/samen met 9 andere Europese landen/)).toBeVisible();

  const cards = page.getByRole("region", { name: "Programma" }).getByRole("article");
  await expect(cards).toHaveCount(4);
  for (const [index, session] of sessions.entries()) {
    const card = cards.nth(index);
    await expect(card).toContainText(`Sessie ${session.number} · Fase: ${session.phase}`);
    await expect(card.getByRole("link", { name: session.title })).toHaveAttribute("href", `/sessies/${session.number}`);
    await expect(card).toContainText(when(session.day));
    await expect(card).toContainText(session.speaker);
  }

  const howTo = page.getByRole("region", { name: "Hoe werkt het?" });
  await expect(howTo).toContainText("Uiterlijk een dag voor de bijeenkomst ontvang je een mail");
  await expect(howTo.getByRole("listitem")).toHaveCount(4);
  await expect(howTo).toContainText("Kies voor ‘deelnemen als gast’");
  await expect(page.getByText("Wil je samenwerken of heb je een vraag?").first()).toBeVisible();
  await expect(page.getByRole("link", { name: E2E_CONTACT }).first()).toHaveAttribute("href", `mailto:${E2E_CONTACT}`);
  await expect(page.getByRole("contentinfo")).toContainText("Hogeschool Utrecht");
  await expect(page.getByRole("contentinfo")).toContainText("Kennisplatform Utrecht Sociaal");

  await expectAccessible(page);
  await screenshot(page, testInfo, "programma");
});

test("each session has a detail page reached from the programme", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("link", { name: sessions[2].title }).click();
  await expect(page).toHaveURL(/\/sessies\/3$/);
  await expectPageBasics(page, /^Co-creëren in de praktijk: best practices en dilemma’s \| Online sessies co-creatie$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sessions[2].title);
  await expect(page.getByText(when(18))).toBeVisible();
  await expect(page.getByText("Nico Ooms, coördinator en projectleider Gemengd Wonen Tussenvoorziening, ’t Groene Sticht")).toBeVisible();
  await expect(page.getByText(/bij negen gemengd-wonen-initiatieven betrokken/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tips om mee te doen" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "sessie");

  for (const session of sessions) {
    await page.goto(`/sessies/${session.number}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(session.title);
    await expect(page.getByText(when(session.day))).toBeVisible();
  }
});

test("the project page tells about CoSIE: goal, pilots, results, duration, researchers, partners, funding", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Over CoSIE" }).click();
  await expect(page).toHaveURL(/\/project$/);
  await expectPageBasics(page, /^Het project CoSIE \| Online sessies co-creatie$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CoSIE: co-creatie in de publieke dienstverlening");
  for (const heading of ["Doel", "Resultaten", "Aanpak", "Pilot gemeente Nieuwegein", "Pilot gemeente Houten", "Samenwerking", "Betrokken HU-onderzoekers"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText("1 december 2017 – 1 april 2021")).toBeVisible();
  for (const name of ["Eva Hijmans", "Joep Binkhorst", "Jean-Pierre Wilken", "Sandra Geelhoed"]) {
    await expect(page.getByText(name, { exact: true })).toBeVisible();
  }
  const partners = page.getByLabel("Het project in het kort").getByRole("listitem");
  await expect(partners).toHaveCount(10);
  await expect(partners.first()).toHaveText("Nederland");
  await expect(page.getByText("De Europese Commissie steunt het project financieel.").first()).toBeVisible();
  await expect(page.getByRole("link", { name: E2E_CONTACT }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "project");
});

test("the privacy page says what is stored, why, how long and how to be removed", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacyverklaring" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expectPageBasics(page, /^Privacyverklaring \| Online sessies co-creatie$/);
  for (const heading of ["Welke gegevens bewaren we?", "Waarom?", "Hoe lang bewaren we je gegevens?", "Zelf je gegevens aanpassen of verwijderen"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  // What a person can do through their link, what goes, what stays, and who else can do it.
  const main = page.getByRole("main");
  await expect(main).toContainText("je naam, organisatie en functie aanpassen;");
  await expect(main).toContainText("Heb je je niet zelf aangemeld? In de bevestigingsmail staat een link waarmee je alles verwijdert.");
  await expect(main).toContainText("al je aanmeldingen, ook die waarvoor je je had afgemeld;");
  await expect(main).toContainText("de mails die we je nog moesten sturen");
  await expect(main).toContainText("Alleen hoeveel mensen per sessie waren aangemeld, op de wachtlijst stonden of zich hadden afgemeld.");
  await expect(main).toContainText("Dan verwijdert een organisator je gegevens op dezelfde manier.");
  await expect(page.getByText(/30 dagen na de laatste sessie van de serie, dus uiterlijk op 25 juli/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: E2E_CONTACT })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "privacy");
});

test("the accessibility statement names the standard, an honest status and how to report a problem", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expectPageBasics(page, /^Toegankelijkheidsverklaring \| Online sessies co-creatie$/);
  const main = page.getByRole("main");
  await expect(main).toContainText("WCAG) 2.1, niveau A en AA");
  await expect(main).toContainText("EN 301 549");
  await expect(main).toContainText("Status: eerste maatregelen genomen.");
  await expect(main).toContainText("nog niet onderzocht (er is nog geen audit)");
  await expect(main).not.toContainText("voldoet volledig");
  await expect(page.getByRole("heading", { name: "Probleem melden" })).toBeVisible();
  await expect(main.getByRole("link", { name: E2E_CONTACT })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "toegankelijkheid");
});

test("an unknown address gets a 404 page that helps the visitor on", async ({ page }, testInfo) => {
  for (const path of ["/bestaat-niet", "/sessies/abc", "/nl", "/cached", "/cached/project", "/a/b/c"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  }
  await expectPageBasics(page, /^Pagina niet gevonden \| Online sessies co-creatie$/);
  await expectAccessible(page);
  await screenshot(page, testInfo, "404");
  await page.getByRole("main").getByRole("link", { name: "Het programma van de online sessies" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Serie online sessies/);

  const response = await page.goto("/sessies/99");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
});

test("the skip link moves keyboard focus to the main content", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "no keyboard on a phone");
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
  await page.keyboard.press("Tab");
  // The next stop is inside the main content, not the header's menu.
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
});
