import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = E2E_PORT + 25;
export const E2E_MAILS_URL = `http://127.0.0.1:${E2E_PORT + 26}/mails`;
export const E2E_DATABASE = path.resolve(__dirname, "../var/e2e.db");
export const E2E_CONTACT = "sessies@e2e.example.nl";
export const E2E_REVALIDATE_SECONDS = 2;
export const E2E_ADMIN = { email: "beheer@e2e.example.nl", password: "Beheer-E2E-Wachtwoord-2027" };
export const ADMIN_STATE = path.resolve(__dirname, ".artifacts/admin-state.json");
// Always a year ahead, so every session is still open for registration.
export const E2E_YEAR = new Date().getFullYear() + 1;

/** The site's configuration in the browser tests. */
export const E2E_SERVER_ENV = {
  PORT: String(E2E_PORT),
  HOSTNAME: "127.0.0.1",
  DATABASE_URL: `file:${E2E_DATABASE}`,
  CONTACT_EMAIL: E2E_CONTACT,
  REVALIDATE_SECONDS: String(E2E_REVALIDATE_SECONDS),
  PROGRAMME_YEAR: String(E2E_YEAR),
  NEXT_TELEMETRY_DISABLED: "1",
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_FROM: "CoSIE online sessies <sessies@e2e.example.nl>",
  APP_URL: `http://127.0.0.1:${E2E_PORT}`,
  SCHEDULER_INTERVAL_SECONDS: "1",
  MAIL_RATE_PER_SECOND: "1000",
  // Every browser test comes from 127.0.0.1; the limits themselves are tested in integration.
  RATE_LIMIT_PER_IP: "100000",
  RATE_LIMIT_PER_EMAIL: "1000",
  RATE_LIMIT_SIGNIN_ATTEMPTS: "1000",
  RATE_LIMIT_RESET_ATTEMPTS: "1000",
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
};

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

const desktop = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1280, height: 900 },
  launchOptions: chromium,
};
const phone = {
  ...devices["Pixel 5"],
  viewport: { width: 320, height: 720 },
  deviceScaleFactor: 1,
  launchOptions: chromium,
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "../test-results",
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  // A click that finds nothing fails within 20 s and names its locator, instead of running into the test's timeout.
  use: { baseURL: `http://127.0.0.1:${E2E_PORT}`, locale: "nl-NL", timezoneId: "Europe/Amsterdam", actionTimeout: 20_000 },
  projects: [
    // Signs the organiser in once; admin tests reuse the cookie (storageState).
    { name: "admin-setup", use: desktop, testMatch: /admin\.setup\.ts/ },
    { name: "desktop", use: desktop, testIgnore: /serial/, dependencies: ["admin-setup"] },
    { name: "phone", use: phone, testIgnore: /serial/, dependencies: ["admin-setup"] },
    { name: "no-js", use: { ...desktop, javaScriptEnabled: false }, testIgnore: /serial/, dependencies: ["admin-setup"] },
    // Tests that change shared content run last, one at a time: several edit the same session.
    { name: "serial", use: desktop, testMatch: /serial/, dependencies: ["desktop", "phone", "no-js"], workers: 1 },
  ],
  webServer: [
    {
      command: `npx tsx tests/support/mail-catcher.ts ${E2E_SMTP_PORT} ${E2E_PORT + 26}`,
      cwd: path.resolve(__dirname, ".."),
      url: E2E_MAILS_URL,
      reuseExistingServer: false,
    },
    {
      // `npm start` as a new user runs it: migrations, seed, build when needed, serve.
      command: `rm -f "${E2E_DATABASE}"* && npm start`,
      cwd: path.resolve(__dirname, ".."),
      url: `http://127.0.0.1:${E2E_PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      env: E2E_SERVER_ENV,
    },
  ],
});
