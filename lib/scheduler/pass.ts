import "server-only";
import type { Db } from "../db";
import { expireLinkMails, planLinkMails } from "../mail/link-planner";
import { drainOutbox, type DrainReport, type SenderSettings } from "../mail/sender";
import type { Mailer } from "../mail/transport";
import { purgeRateLimits } from "../rate-limit";
import { purgePersonalData } from "../registration/retention";

export type PassSettings = SenderSettings & { retentionDays: number; rateLimitWindowSeconds: number };
export type PassDeps = { db: Db; mailer: Mailer; settings: PassSettings };
export type PassReport = DrainReport & { planned: number; expired: number; purged: number };

/**
 * One scheduler pass at `now`: queue the Teams-link mails that are due, expire those that came
 * too late, send what the outbox holds, and delete personal data past its retention. Every step
 * is idempotent, so passes may run on every instance, at once, as often as wanted.
 */
export async function runPass({ db, mailer, settings }: PassDeps, now: Date): Promise<PassReport> {
  const planned = await planLinkMails(db, now, settings);
  const expired = await expireLinkMails(db, now);
  const drained = await drainOutbox(db, mailer, now, settings);
  const purged = await purgePersonalData(db, now, settings.retentionDays);
  await purgeRateLimits(db, settings.rateLimitWindowSeconds, now);
  return { ...drained, planned, expired, purged };
}
