import { ADMIN_STATE, E2E_ADMIN } from "../playwright.config";
import { waitForMail } from "./mail";
import { sessionAround } from "./session-fixtures";
import { expect, expectAccessible, screenshot, test } from "./support";

test.use({ storageState: ADMIN_STATE });

test("an organiser writes a message to a session's registrants: a preview first, then the password, then it goes out", async ({ page }, testInfo) => {
  const session = sessionAround(testInfo, "bericht", { startsInMinutes: 3 * 24 * 60 });
  try {
    await page.goto(`/admin/sessies/${session.sessionId}`);
    await page.getByRole("link", { name: "Bericht schrijven" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bericht aan de aangemelden" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const summary = page.getByRole("group", { name: "Controleer het bericht" });
    await expect(summary).toBeFocused();
    for (const message of ["Kies wie het bericht krijgen.", "Vul een onderwerp in.", "Vul de tekst van het bericht in."]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await page.getByLabel("Onderwerp").fill("Vooraf: een vraag");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    // The answer has come once the subject's message is gone; the form is then drawn afresh.
    await expect(summary.getByRole("link", { name: "Vul een onderwerp in." })).toHaveCount(0);
    await expect(summary.getByRole("link", { name: "Kies wie het bericht krijgen." })).toBeVisible();
    await expect(page.getByLabel("Onderwerp")).toHaveValue("Vooraf: een vraag");

    await page.getByRole("radio", { name: "Iedereen die is aangemeld", exact: true }).check();
    await page.getByLabel("Tekst").fill("Beste deelnemer,\n\nDenk vooraf na over een voorbeeld uit je werk.");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await expect(page.getByRole("heading", { name: "Voorbeeld" })).toBeVisible();
    await expect(page.getByText("nu 1 persoon")).toBeVisible();
    await expect(page.getByText("Denk vooraf na over een voorbeeld uit je werk.")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, testInfo, "admin-bericht-voorbeeld");

    await page.getByLabel("Je wachtwoord").fill("niet-mijn-wachtwoord");
    await page.getByRole("button", { name: "Versturen aan 1 persoon" }).click();
    await expect(page.getByRole("group", { name: "Het bericht is niet verstuurd" })).toContainText("Je wachtwoord klopt niet. Er is niets verstuurd.");
    await expect(page.getByLabel("Je wachtwoord")).toHaveValue("");

    await page.getByRole("button", { name: "Terug naar het bericht" }).click();
    await expect(page.getByLabel("Tekst")).toHaveValue("Beste deelnemer,\n\nDenk vooraf na over een voorbeeld uit je werk.");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await page.getByLabel("Je wachtwoord").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Versturen aan 1 persoon" }).click();
    await expect(page.getByRole("status")).toContainText("Het bericht wordt verstuurd aan 1 persoon.");

    const mail = await waitForMail(session.email, /^Vooraf: een vraag$/);
    expect(mail.text).toContain("Denk vooraf na over een voorbeeld uit je werk.");
    await page.goto("/admin/logboek");
    await expect(page.getByRole("cell", { name: /‘Vooraf: een vraag’ aan iedereen die is aangemeld \(1 persoon\)/ }).first()).toBeVisible();
  } finally {
    session.remove();
  }
});
