import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("configuration", () => {
  it("has working defaults for a fresh checkout", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DATABASE_URL: "file:./var/app.db",
      PORT: 3000,
      REVALIDATE_SECONDS: 60,
      RETENTION_DAYS: 30,
      APP_URL: "http://localhost:3000",
    });
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ PORT: "", PROGRAMME_YEAR: "" })).toMatchObject({ PORT: 3000, PROGRAMME_YEAR: undefined });
  });

  it("derives APP_URL from PORT and drops a trailing slash", () => {
    expect(parseEnv({ PORT: "8080" }).APP_URL).toBe("http://localhost:8080");
    expect(parseEnv({ APP_URL: "https://sessies.example.nl/" }).APP_URL).toBe("https://sessies.example.nl");
  });

  it("names every wrong variable in one message", () => {
    expect(() =>
      parseEnv({ PORT: "http", CONTACT_EMAIL: "geen-adres", REVALIDATE_SECONDS: "0", APP_URL: "ftp://x" }),
    ).toThrow(/PORT[\s\S]*APP_URL[\s\S]*REVALIDATE_SECONDS[\s\S]*CONTACT_EMAIL/);
  });

  it("wants the three DKIM settings together", () => {
    expect(() => parseEnv({ SMTP_DKIM_DOMAIN: "hu.nl" })).toThrow(/SMTP_DKIM_DOMAIN: set .* together/);
    expect(parseEnv({ SMTP_DKIM_DOMAIN: "hu.nl", SMTP_DKIM_SELECTOR: "s1", SMTP_DKIM_PRIVATE_KEY_FILE: "/k.pem" }).SMTP_DKIM_SELECTOR).toBe("s1");
  });

  it("takes the security contact from SECURITY_CONTACT, or else mails the contact address", () => {
    expect(parseEnv({ CONTACT_EMAIL: "sessies@hu.nl" }).SECURITY_CONTACT).toBe("mailto:sessies@hu.nl");
    expect(parseEnv({ SECURITY_CONTACT: "https://hu.nl/security" }).SECURITY_CONTACT).toBe("https://hu.nl/security");
    expect(() => parseEnv({ SECURITY_CONTACT: "security@hu.nl" })).toThrow(/SECURITY_CONTACT: must be a mailto:/);
  });

  it("times the join page, the starting-soon mail and the follow-up, within their bounds", () => {
    expect(parseEnv({})).toMatchObject({ JOIN_OPENS_MINUTES: 30, STARTING_SOON_MINUTES: 60, FOLLOW_UP_HOURS: 2 });
    expect(parseEnv({ STARTING_SOON_MINUTES: "0", JOIN_OPENS_MINUTES: "240", FOLLOW_UP_HOURS: "168" })).toMatchObject({
      STARTING_SOON_MINUTES: 0,
      JOIN_OPENS_MINUTES: 240,
      FOLLOW_UP_HOURS: 168,
    });
    expect(() => parseEnv({ JOIN_OPENS_MINUTES: "4" })).toThrow(/JOIN_OPENS_MINUTES/);
    expect(() => parseEnv({ JOIN_OPENS_MINUTES: "241" })).toThrow(/JOIN_OPENS_MINUTES/);
    expect(() => parseEnv({ FOLLOW_UP_HOURS: "169" })).toThrow(/FOLLOW_UP_HOURS/);
    expect(() => parseEnv({ FOLLOW_UP_HOURS: "-1" })).toThrow(/FOLLOW_UP_HOURS/);
  });

  it("wants the starting-soon mail to come after the link mail", () => {
    expect(() => parseEnv({ REMINDER_LEAD_HOURS: "25", STARTING_SOON_MINUTES: "1500" })).toThrow(/STARTING_SOON_MINUTES: must be less than REMINDER_LEAD_HOURS/);
    expect(parseEnv({ REMINDER_LEAD_HOURS: "25", STARTING_SOON_MINUTES: "1499" }).STARTING_SOON_MINUTES).toBe(1499);
  });

  it("refuses a database URL it cannot connect to", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x" })).toThrow(/DATABASE_URL/);
    expect(parseEnv({ DATABASE_URL: "postgresql://app@db.example.nl/sessies" }).DATABASE_URL).toContain("postgresql://");
  });
});
