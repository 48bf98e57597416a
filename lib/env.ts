import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseUrlSchema } from "./database-url";

// An empty variable counts as unset, as in most deployment tools.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  DATABASE_URL: optional(databaseUrlSchema).default(DEFAULT_DATABASE_URL),
  PORT: optional(int(1, 65535)).default(3000),
  HOSTNAME: optional(z.string().trim()),
  APP_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  PROGRAMME_YEAR: optional(int(2000, 2100)),
  REVALIDATE_SECONDS: optional(int(1, 86_400)).default(60),
  RETENTION_DAYS: optional(int(0, 3650)).default(30),
  CONTACT_EMAIL: optional(z.email({ error: "must be an e-mail address" })).default(
    "cosie@example.nl",
  ),
  // Where to report a vulnerability (/.well-known/security.txt); without it, CONTACT_EMAIL.
  SECURITY_CONTACT: optional(z.url({ protocol: /^(mailto|https|tel)$/, error: "must be a mailto:, https:// or tel: URI" })),
  // Mail: without SMTP_URL, mails are written as .eml files to MAIL_DIR instead of sent.
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
  MAIL_FROM: optional(z.string().trim().min(3)).default("CoSIE online sessies <no-reply@localhost>"),
  // DKIM signing by nodemailer, for a sending domain that checks SPF, DKIM and DMARC.
  SMTP_DKIM_DOMAIN: optional(z.string().trim().min(3)),
  SMTP_DKIM_SELECTOR: optional(z.string().trim().min(1)),
  SMTP_DKIM_PRIVATE_KEY_FILE: optional(z.string().trim().min(1)),
  MAIL_DIR: optional(z.string().trim()).default("var/mail"),
  MAIL_CLAIM_SECONDS: optional(int(10, 3600)).default(120),
  MAIL_RATE_PER_SECOND: optional(z.coerce.number().positive().max(10_000)).default(5),
  REMINDER_LEAD_HOURS: optional(z.coerce.number().gt(24, { error: "must be more than 24" }).max(24 * 30)).default(48),
  // Around each session (lib/session-timeline.ts): when the join page's button appears, the
  // "starting soon" mail (0: none; less than the link lead time) and the follow-up.
  JOIN_OPENS_MINUTES: optional(int(5, 240)).default(30),
  STARTING_SOON_MINUTES: optional(int(0, 24 * 30 * 60)).default(60),
  FOLLOW_UP_HOURS: optional(int(0, 168)).default(2),
  SCHEDULER_INTERVAL_SECONDS: optional(int(0, 86_400)).default(60),
  // How long one scheduler pass (and one `npm run reminders`) may keep sending before it stops.
  REMINDERS_MAX_SECONDS: optional(int(5, 3600)).default(240),
  TRUST_PROXY: optional(z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")).default(false),
  // Abuse protection for the public forms (lib/server/visitors.ts). An office shares one address,
  // so the per-IP limit is generous; RATE_LIMIT_WINDOW_SECONDS, when set, is the window of both
  // limits, and the per-limit windows override it.
  RATE_LIMIT_PER_IP: optional(int(1, 100_000)).default(150),
  RATE_LIMIT_PER_EMAIL: optional(int(1, 100_000)).default(5),
  RATE_LIMIT_WINDOW_SECONDS: optional(int(1, 86_400)),
  RATE_LIMIT_IP_WINDOW_SECONDS: optional(int(1, 86_400)),
  RATE_LIMIT_EMAIL_WINDOW_SECONDS: optional(int(1, 86_400)),
  // Organiser sign-in: wrong passwords per (address, IP) per window, before any more are checked.
  RATE_LIMIT_SIGNIN_ATTEMPTS: optional(int(1, 1000)).default(5),
  RATE_LIMIT_SIGNIN_WINDOW_SECONDS: optional(int(1, 86_400)).default(900),
  // "Wachtwoord vergeten?": requests per (address, IP) per window, each of which may send a mail.
  RATE_LIMIT_RESET_ATTEMPTS: optional(int(1, 1000)).default(3),
  RATE_LIMIT_RESET_WINDOW_SECONDS: optional(int(1, 86_400)).default(3600),
  // The organiser that start-up creates or updates.
  ADMIN_EMAIL: optional(z.email({ error: "must be an e-mail address" })),
  // Its strength is checked at start-up (lib/auth/organisers.ts): configuration knows no domain rules.
  ADMIN_PASSWORD: optional(z.string()),
  ADMIN_SESSION_HOURS: optional(int(1, 24 * 30)).default(8),
  // The key personal links are derived from; without it, one is generated and kept in the database.
  APP_SECRET: optional(z.string().min(32, { error: "must be at least 32 characters" })),
});

const checkedEnvSchema = envSchema.superRefine((env, context) => {
  const dkim = [env.SMTP_DKIM_DOMAIN, env.SMTP_DKIM_SELECTOR, env.SMTP_DKIM_PRIVATE_KEY_FILE].filter(Boolean).length;
  if (dkim === 1 || dkim === 2) {
    context.addIssue({ code: "custom", path: ["SMTP_DKIM_DOMAIN"], message: "set SMTP_DKIM_DOMAIN, SMTP_DKIM_SELECTOR and SMTP_DKIM_PRIVATE_KEY_FILE together" });
  }
  // The "starting soon" mail comes after the link mail, or it would arrive with nothing to join.
  if (env.STARTING_SOON_MINUTES >= env.REMINDER_LEAD_HOURS * 60) {
    context.addIssue({ code: "custom", path: ["STARTING_SOON_MINUTES"], message: `must be less than REMINDER_LEAD_HOURS in minutes (${env.REMINDER_LEAD_HOURS * 60})` });
  }
});

export type Env = z.infer<typeof envSchema> & {
  APP_URL: string;
  SECURITY_CONTACT: string;
  rateLimitWindows: { ip: number; email: number };
};

/** Parses configuration from the given variables; throws one message naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration (environment variables):\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    SECURITY_CONTACT: env.SECURITY_CONTACT ?? `mailto:${env.CONTACT_EMAIL}`,
    rateLimitWindows: {
      ip: env.RATE_LIMIT_IP_WINDOW_SECONDS ?? env.RATE_LIMIT_WINDOW_SECONDS ?? 600,
      email: env.RATE_LIMIT_EMAIL_WINDOW_SECONDS ?? env.RATE_LIMIT_WINDOW_SECONDS ?? 3600,
    },
  };
}

let cached: Env | undefined;

/** The server's configuration, parsed once from process.env. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
