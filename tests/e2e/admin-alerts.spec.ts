import { ADMIN_STATE } from "../playwright.config";
import { expect, expectAccessible, test } from "./support";

// The organisers' alerts in the admin: their own choice for the daily summary, and the list of
// alerts sent. The choice is a plain form, so it is switched in the no-JS view only: the other
// views look, and do not race it.

test.use({ storageState: ADMIN_STATE });

test("an organiser switches their own daily summary on and off without JavaScript, and the log records both", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "no-js", "one view switches it: the others would race it");
  await page.goto("/admin/organisatoren");
  const form = page.getByRole("group", { name: "Wil je het dagoverzicht per mail?" });
  await form.getByRole("radio", { name: /^Ja, stuur mij/ }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Opgeslagen: je krijgt het dagoverzicht.");
  await expect(form.getByRole("radio", { name: /^Ja, stuur mij/ })).toBeChecked();

  await form.getByRole("radio", { name: "Nee, geen dagoverzicht" }).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Opgeslagen: je krijgt geen dagoverzicht meer.");
  await expect(form.getByRole("radio", { name: "Nee, geen dagoverzicht" })).toBeChecked();

  await page.goto("/admin/logboek");
  await expect(page.getByRole("cell", { name: "Dagoverzicht aangezet" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Dagoverzicht uitgezet" }).first()).toBeVisible();
});

test("the alerts page is in the admin menu, says what alerts there are, and passes axe", async ({ page }) => {
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Beheermenu" }).getByRole("link", { name: "Meldingen", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/meldingen$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meldingen");
  await expect(page.getByRole("link", { name: "Organisatoren", exact: true }).last()).toHaveAttribute("href", "/admin/organisatoren#dagoverzicht");
  await expectAccessible(page);
  await page.goto("/admin/organisatoren");
  await expect(page.getByRole("heading", { name: "Dagoverzicht" })).toBeVisible();
  await expectAccessible(page);
});
