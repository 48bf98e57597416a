import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { expect, test } from "./support";
import { ADMIN_STATE } from "../playwright.config";
import { manageLinkIn, waitForMail } from "./mail";
import { SESSIONS, signUp } from "./registration-helpers";

// What a visitor types is shown as text everywhere it appears, never run as markup: markup and
// script, quotes, an entity, emoji built with joiners, right-to-left script, a formula.
test("hostile but valid values are stored as typed and shown as text on every page, in both mail parts and in the CSV", async ({ page, browser }, testInfo) => {
  const suffix = `${testInfo.project.name}-${randomBytes(3).toString("hex")}`;
  const person = {
    name: `<img src=x onerror="window.pwned=1"> "Guus" O'Brien &amp; 👩🏽‍💼 مريم ${suffix}`,
    email: `hostile-${suffix}@e2e.example.nl`,
    organisation: `=1+2 <script>window.pwned=2</script> Zorg & Welzijn B.V.`,
    role: `'s-Hertogenbosch <b>vet</b>`,
  };
  page.on("dialog", () => {
    throw new Error("a dialog opened: typed text ran as script");
  });
  await signUp(page, person, [SESSIONS[0]]);

  const mail = await waitForMail(person.email, /^Je aanmelding/);
  expect(mail.text).toContain(person.name.split(" ").slice(0, 3).join(" "));
  expect(mail.html).toContain("&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt; &quot;Guus&quot; O&#x27;Brien &amp;amp; 👩🏽‍💼");
  expect(mail.html).not.toContain("<img src=x");
  expect(mail.subject).toBe("Je aanmelding voor de online sessies over co-creatie");

  // The personal page.
  await page.goto(manageLinkIn(mail));
  await expect(page.getByText(person.name, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // The organisers' list and the CSV export.
  const admin = await browser.newContext({ storageState: ADMIN_STATE, baseURL: testInfo.project.use.baseURL, javaScriptEnabled: testInfo.project.name !== "no-js" });
  const adminPage = await admin.newPage();
  adminPage.on("dialog", () => {
    throw new Error("a dialog opened in the admin: typed text ran as script");
  });
  await adminPage.goto(`/admin/aanmeldingen?q=${encodeURIComponent(person.email)}`);
  const row = adminPage.getByRole("row").filter({ hasText: person.email });
  await expect(row).toContainText(person.name);
  await expect(row).toContainText(person.organisation);
  expect(await adminPage.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  const csv = await (await adminPage.request.get("/admin/export")).text();
  const rows = parse(csv.replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
  const line = rows.find((cells) => cells[1] === person.email);
  expect(line?.slice(0, 4)).toEqual([person.name, person.email, `'${person.organisation}`, person.role]);
  await admin.close();
});
