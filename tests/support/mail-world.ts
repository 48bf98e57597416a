import { afterEach, beforeEach } from "vitest";
import type { Db } from "@/lib/db";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { seededSessions } from "./fixtures";
import { startSmtp, type TestSmtp } from "./smtp";
import { freshDatabase } from "./test-db";

export type MailWorld = {
  db: Db;
  url: string;
  smtp: TestSmtp;
  mailer: Mailer;
  /** The seeded sessions by number. */
  s: Awaited<ReturnType<typeof seededSessions>>;
};

/** Each test gets a seeded database of its own, a real SMTP server and a mailer for it. */
export function withMailWorld(): MailWorld {
  const world = {} as MailWorld;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    const database = await freshDatabase();
    dispose = database.dispose;
    Object.assign(world, { db: database.db, url: database.url, s: await seededSessions(database.db), smtp: await startSmtp() });
    world.mailer = smtpMailer(world.smtp.url);
  });
  afterEach(async () => {
    world.mailer.close();
    await world.smtp.close();
    await dispose();
  });
  return world;
}
