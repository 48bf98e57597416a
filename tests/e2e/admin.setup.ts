import { ADMIN_STATE, E2E_ADMIN } from "../playwright.config";
import { expect, test as setup } from "./support";

setup("the organiser signs in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/inloggen$/);
  await page.getByLabel("E-mailadres").fill(E2E_ADMIN.email);
  await page.getByLabel("Wachtwoord").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "cosie_admin");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
  await page.context().storageState({ path: ADMIN_STATE });
});
