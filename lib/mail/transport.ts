import "server-only";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

/** Mails handed to the mail server at once: the sender's workers, and the pool's connections. */
export const CONCURRENCY = 8;

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string; contentType: string }[];
  /** Without angle brackets; the same on every attempt, so receivers can drop a duplicate. */
  messageId: string;
};

export type Mailer = {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

function toNodemailer(mail: OutgoingMail) {
  return { ...mail, messageId: `<${mail.messageId}>` };
}

export type Dkim = { domainName: string; keySelector: string; privateKey: string };

/** One pooled SMTP transport per process, from a nodemailer connection URL; optionally DKIM-signed. */
export function smtpMailer(url: string, dkim?: Dkim): Mailer {
  // As many connections as the sender sends at once, each reused for many messages.
  const pool = `pool=true&maxConnections=${CONCURRENCY}&maxMessages=10000`;
  const pooled = url.includes("pool=") ? url : `${url}${url.includes("?") ? "&" : "?"}${pool}`;
  const transport = nodemailer.createTransport(pooled, dkim ? { dkim } : undefined);
  return {
    async send(mail) {
      await transport.sendMail(toNodemailer(mail));
    },
    close: () => transport.close(),
  };
}

/** Writes each mail as an .eml file, so the site works without a mail server. */
export function fileMailer(dir: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transport.sendMail(toNodemailer(mail));
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      // The file name carries the outbox row's Message-ID; the log never names the recipient.
      console.log(`[mail] no SMTP_URL: wrote "${mail.subject}" to ${file}`);
    },
    close: () => transport.close(),
  };
}

type MailConfig = {
  SMTP_URL?: string;
  MAIL_DIR: string;
  SMTP_DKIM_DOMAIN?: string;
  SMTP_DKIM_SELECTOR?: string;
  SMTP_DKIM_PRIVATE_KEY_FILE?: string;
};

export function createMailer(config: MailConfig): Mailer {
  if (!config.SMTP_URL) return fileMailer(config.MAIL_DIR);
  const { SMTP_DKIM_DOMAIN: domainName, SMTP_DKIM_SELECTOR: keySelector, SMTP_DKIM_PRIVATE_KEY_FILE: keyFile } = config;
  const dkim = domainName && keySelector && keyFile ? { domainName, keySelector, privateKey: readFileSync(keyFile, "utf8") } : undefined;
  return smtpMailer(config.SMTP_URL, dkim);
}

/** A refusal that a retry will not change: an SMTP 5xx answer, such as an unknown address. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
