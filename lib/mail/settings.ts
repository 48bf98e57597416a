import "server-only";
import type { Env } from "../env";
import type { SenderSettings } from "./sender";

export function senderSettings(env: Env): SenderSettings {
  const address = env.MAIL_FROM.match(/<([^>]+)>/)?.[1] ?? env.MAIL_FROM;
  return {
    appUrl: env.APP_URL,
    contactEmail: env.CONTACT_EMAIL,
    from: env.MAIL_FROM,
    leadHours: env.REMINDER_LEAD_HOURS,
    claimSeconds: env.MAIL_CLAIM_SECONDS,
    ratePerSecond: env.MAIL_RATE_PER_SECOND,
    messageDomain: address.split("@")[1] ?? new URL(env.APP_URL).hostname,
  };
}
