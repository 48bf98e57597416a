import type { SenderSettings } from "@/lib/mail/sender";

/** What the sender needs in tests; a high rate so nothing waits. */
export const settings: SenderSettings = {
  appUrl: "https://sessies.example.nl",
  contactEmail: "contact@example.nl",
  from: "CoSIE online sessies <sessies@example.nl>",
  leadHours: 48,
  joinOpensMinutes: 30,
  claimSeconds: 60,
  ratePerSecond: 10_000,
  messageDomain: "example.nl",
  linkSecret: Buffer.from("a fixed test secret for personal links, 32+ chars"),
};

export const passSettings = { ...settings, startingSoonMinutes: 60, followUpHours: 2, retentionDays: 30 };
