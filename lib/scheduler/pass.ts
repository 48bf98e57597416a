import "server-only";
import type { Db } from "../db";
import { drainOutbox, type DrainReport, type SenderSettings } from "../mail/sender";
import type { Mailer } from "../mail/transport";

export type PassDeps = { db: Db; mailer: Mailer; settings: SenderSettings };

/** One scheduler pass at `now`: send what the outbox holds. Safe to run anywhere, any time. */
export async function runPass({ db, mailer, settings }: PassDeps, now: Date): Promise<DrainReport> {
  return drainOutbox(db, mailer, now, settings);
}
