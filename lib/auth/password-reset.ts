import "server-only";
import type { Db } from "../db";
import { audit } from "../admin/audit";
import { ipLimitKey } from "../client-ip";
import { CONTROL_CHARACTERS } from "../control-characters";
import { overLimit } from "../rate-limit";
import { emailKey } from "../registration/email-key";
import { inTransaction } from "../transaction";
import { queueOrganiserLink } from "./organiser-mail";

export type ResetRules = { attempts: number; windowSeconds: number };

/** The same for a known and an unknown address; only too many requests get another answer. */
export type ResetAnswer = { ok: true } | { ok: false; waitSeconds: number };

/** Runs the part of a request that differs between a known and an unknown address: at once, or after the answer is sent. */
export type Defer = (work: () => Promise<void>) => Promise<void> | void;

/**
 * "Wachtwoord vergeten?": counts the request per (address, IP) and, more generously, per IP, as
 * sign-in does; within the limits, a known address gets a link that works for an hour. The answer
 * never tells whether the address is an organiser's: what differs is handed to `defer`, which the
 * server runs after the answer has gone out, so not even its timing tells.
 */
export async function requestPasswordReset(
  db: Db,
  secret: Buffer,
  by: { email: string; ip: string },
  now: Date,
  rules: ResetRules,
  defer: Defer = (work) => work(),
): Promise<ResetAnswer> {
  const email = emailKey(by.email);
  const ip = ipLimitKey(by.ip);
  const limits = [
    { key: `reset:pair:${email}:${ip}`, max: rules.attempts, windowSeconds: rules.windowSeconds },
    { key: `reset:ip:${ip}`, max: rules.attempts * 4, windowSeconds: rules.windowSeconds },
  ];
  const over = await overLimit(db, secret, limits, now);
  if (over.length > 0) return { ok: false, waitSeconds: rules.windowSeconds };
  await defer(() => mailResetLink(db, email, now));
  return { ok: true };
}

/** Queues the reset link for a known address; either way the request is in the audit log, an unknown one without a name. */
async function mailResetLink(db: Db, email: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    // No organiser's address holds a control character; such an address is simply unknown.
    const organiser = CONTROL_CHARACTERS.test(email)
      ? null
      : await tx.organiser.findUnique({ where: { email }, select: { id: true, email: true, passwordChangedAt: true } });
    if (organiser) await queueOrganiserLink(tx, organiser, "reset", now);
    await audit(tx, { action: "reset-requested", organiserId: organiser?.id ?? null, detail: {} });
  });
}
