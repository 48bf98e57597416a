import "server-only";
import type { Db } from "../db";
import { expireLinkMails, planLinkMails } from "../mail/link-planner";
import { drainOutbox, type DrainReport, type SenderSettings } from "../mail/sender";
import type { Mailer } from "../mail/transport";
import { purgeSignInThrottles } from "../auth/throttle";
import { purgeRateLimits } from "../rate-limit";
import { cancelSignUpsOfCancelledSessions } from "../registration/cancel";
import { purgePersonalData } from "../registration/retention";
import { describeError, errorForLog } from "../error-text";
import { recordFailure, recordSuccess, runStep, type StepFailure } from "./steps";

export type PassSettings = SenderSettings & { retentionDays: number };
/** `stop`, once aborted, ends the pass after the step under way, and the sending step sooner (lib/mail/sender.ts). */
export type PassDeps = { db: Db; mailer: Mailer; settings: PassSettings; clock?: () => Date; stop?: AbortSignal };
export type PassReport = DrainReport & { planned: number; cancelled: number; expired: number; purged: number; failures: StepFailure[] };

/**
 * One scheduler pass at `now`: queue the Teams-link mails that are due, carry out the cancellation
 * of whole sessions, expire link mails that came too late, send what the outbox holds, and delete
 * personal data past its retention. Every step is idempotent, so passes may run on every instance,
 * at once, as often as wanted; and every step runs on its own, so one that fails (or one session
 * whose planning fails) stops none of the others.
 */
export async function runPass({ db, mailer, settings, clock, stop }: PassDeps, now: Date): Promise<PassReport> {
  const report: PassReport = { sent: 0, failed: 0, retrying: 0, skipped: 0, left: 0, outcomes: [], planned: 0, cancelled: 0, expired: 0, purged: 0, failures: [] };
  const step = async (name: string, work: () => Promise<void>) => {
    if (stop?.aborted) return;
    const failure = await runStep(db, name, now, work);
    if (failure) report.failures.push(failure);
  };

  await step("planning", async () => {
    const plan = await planLinkMails(db, now, settings);
    report.planned = plan.planned;
    for (const sessionId of plan.done) await recordSuccess(db, `planning:${sessionId}`, now);
    for (const { sessionId, error } of plan.failures) {
      const failure = { step: `planning:${sessionId}`, error: describeError(error) };
      console.error(`[scheduler] planning the Teams-link mails of session ${sessionId} failed:`, errorForLog(error));
      await recordFailure(db, failure.step, now, failure.error);
      report.failures.push(failure);
    }
  });
  await step("cancelling", async () => {
    report.cancelled = await cancelSignUpsOfCancelledSessions(db, now, settings);
  });
  await step("expiry", async () => {
    report.expired = await expireLinkMails(db, now);
  });
  await step("sending", async () => {
    Object.assign(report, await drainOutbox(db, mailer, clock ?? now, settings, stop));
  });
  await step("retention", async () => {
    report.purged = await purgePersonalData(db, mailer, now, settings.retentionDays);
  });
  await step("rate-limits", async () => {
    await purgeRateLimits(db, now);
    await purgeSignInThrottles(db, now);
  });
  return report;
}
