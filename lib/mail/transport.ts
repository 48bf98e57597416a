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
  /** A person who reads replies: the organisers' contact address, never the no-reply sender. */
  replyTo: string;
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: string; contentType: string }[];
  /** Without angle brackets; the same on every attempt, so receivers can drop a duplicate. */
  messageId: string;
  /** Whom the mail is about: the file mailer keeps a person's mails together, so they can be deleted. */
  registrantId?: string | null;
};

/** Deletes whatever copies of the mails about these people the transport keeps (AVG). */
export type MailCopies = { forget(registrantIds: string[]): Promise<void> };

export type Mailer = MailCopies & {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

// Only what goes into the message: whom it is about stays out of it.
function toNodemailer({ from, to, replyTo, subject, html, text, attachments, messageId }: OutgoingMail) {
  return { from, to, replyTo, subject, html, text, attachments, messageId: `<${messageId}>` };
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
    // Sent mails stay with the mail server and the recipient, not here.
    forget: async () => {},
  };
}

// Ids are made by the database; anything else never becomes part of a path.
const SAFE_ID = /^[a-z0-9]{20,40}$/;

/**
 * A person's mails are kept in a folder named after their registrant id (never their address),
 * so erasing or purging them deletes one folder instead of reading every file.
 */
function folderOf(dir: string, registrantId: string | null | undefined): string {
  return registrantId && SAFE_ID.test(registrantId) ? path.join(dir, registrantId) : dir;
}

/** Writes each mail as an .eml file, so the site works without a mail server. */
export function fileMailer(dir: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transport.sendMail(toNodemailer(mail));
      const folder = folderOf(dir, mail.registrantId);
      await fs.mkdir(folder, { recursive: true });
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      // The path carries the registrant id and the outbox row's Message-ID; the log never names the recipient.
      console.log(`[mail] no SMTP_URL: wrote "${mail.subject}" to ${file}`);
    },
    close: () => transport.close(),
    async forget(registrantIds) {
      const folders = registrantIds.filter((id) => SAFE_ID.test(id)).map((id) => folderOf(dir, id));
      await Promise.all(folders.map((folder) => fs.rm(folder, { recursive: true, force: true })));
    },
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
