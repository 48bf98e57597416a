import "server-only";
import type { Env } from "../env";
import { senderAddress } from "../mail/compose-helpers";
import type { PassSettings } from "./pass";

export function passSettings(env: Env): PassSettings {
  const address = senderAddress(env.MAIL_FROM);
  return {
    appUrl: env.APP_URL,
    contactEmail: env.CONTACT_EMAIL,
    from: env.MAIL_FROM,
    leadHours: env.REMINDER_LEAD_HOURS,
    claimSeconds: env.MAIL_CLAIM_SECONDS,
    ratePerSecond: env.MAIL_RATE_PER_SECOND,
    messageDomain: address.split("@")[1] ?? new URL(env.APP_URL).hostname,
    retentionDays: env.RETENTION_DAYS,
    rateLimitWindowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
  };
}
