import "server-only";
import { currentSiteDetails } from "../data/site-settings";
import { createDb, type Db } from "../db";
import { env, type Env } from "../env";
import { linkSecret } from "../links/secret";
import { senderAddress } from "../mail/compose-helpers";
import { createMailer, type Mailer } from "../mail/transport";
import type { PassSettings } from "../scheduler/pass";
import type { TimelineRule } from "../session-timeline";
import type { LinkRule } from "../teams-link-rule";

/**
 * The one place the server is wired: configuration, the database client, the clock, the mail
 * transport and the link secret. Routes call lib/server's functions, which need nothing from them;
 * tests call the domain with their own database, clock and mailer instead.
 */
export type Wiring = {
  config: Env;
  db: Db;
  now: () => Date;
  rule: LinkRule & TimelineRule;
  mailer: Mailer;
  /** The personal-link key: APP_SECRET, or the one kept in the database (read once). */
  secret: () => Promise<Buffer>;
};

// Kept on globalThis: instrumentation and each route bundle load their own copy of this module,
// and they must share one database pool and one mail transport.
const holder = globalThis as unknown as { cosieWiring?: Wiring };

export function wiring(): Wiring {
  if (holder.cosieWiring) return holder.cosieWiring;
  const config = env();
  const db = createDb(config.DATABASE_URL);
  let secret: Promise<Buffer> | undefined;
  const loadSecret = async () => {
    try {
      return await linkSecret(db, config.APP_SECRET);
    } catch (error) {
      secret = undefined; // the database was unreachable: try again next time, not never
      throw error;
    }
  };
  holder.cosieWiring = {
    config,
    db,
    now: () => new Date(),
    rule: {
      leadHours: config.REMINDER_LEAD_HOURS,
      joinOpensMinutes: config.JOIN_OPENS_MINUTES,
      startingSoonMinutes: config.STARTING_SOON_MINUTES,
      followUpHours: config.FOLLOW_UP_HOURS,
    },
    mailer: createMailer(config),
    secret: () => (secret ??= loadSecret()),
  };
  return holder.cosieWiring;
}

/** What a scheduler pass needs from the configuration. */
export async function passSettings({ config, db, rule, secret }: Wiring = wiring()): Promise<PassSettings> {
  const address = senderAddress(config.MAIL_FROM);
  return {
    ...rule,
    appUrl: config.APP_URL,
    // Read for every pass: an organiser's new address reaches the next mail, on every instance.
    contactEmail: (await currentSiteDetails(db, config.CONTACT_EMAIL)).contactEmail,
    from: config.MAIL_FROM,
    linkSecret: await secret(),
    claimSeconds: config.MAIL_CLAIM_SECONDS,
    ratePerSecond: config.MAIL_RATE_PER_SECOND,
    maxSeconds: config.REMINDERS_MAX_SECONDS,
    messageDomain: address.split("@")[1] ?? new URL(config.APP_URL).hostname,
    retentionDays: config.RETENTION_DAYS,
  };
}

/** Lets go of the database and the mail transport: the last step of a graceful shutdown. */
export async function closeWiring(): Promise<void> {
  const wired = holder.cosieWiring;
  if (!wired) return;
  wired.mailer.close();
  await wired.db.$disconnect();
}
