import "server-only";
import { planDailySummary } from "../alerts/daily-summary";
import { planFailedMailAlert } from "../alerts/failed-mails";
import { planStepAlerts } from "../alerts/failing-steps";
import { planMissingLinkAlerts } from "../alerts/missing-link";
import type { Db } from "../db";
import { expireLateMails } from "../mail/expiry";
import { planFollowUps } from "../mail/follow-up-planner";
import { planLinkMails } from "../mail/link-planner";
import { fanOutMassMailings } from "../mail/mass-mailing";
import { planStartingSoonMails } from "../mail/starting-soon-planner";
import { drainOutbox, type DrainReport, type SenderSettings } from "../mail/sender";
import type { Mailer } from "../mail/transport";
import { purgeSignInThrottles } from "../auth/throttle";
import { purgeRateLimits } from "../rate-limit";
import { cancelSignUpsOfCancelledSessions } from "../registration/cancel";
import { purgePersonalData } from "../registration/retention";
import type { TimelineRule } from "../session-timeline";
import { describeError, errorForLog } from "../error-text";
import type { PartsReport } from "../transaction";
import { clearPartsBut, recordFailure, runStep, type StepFailure } from "./steps";

export type PassSettings = SenderSettings & TimelineRule & { retentionDays: number };
/** `stop`, once aborted, ends the pass after the step under way, and the sending step sooner (lib/mail/sender.ts). */
export type PassDeps = { db: Db; mailer: Mailer; settings: PassSettings; clock?: () => Date; stop?: AbortSignal };
export type PassReport = DrainReport & {
  planned: number;
  soon: number;
  followUps: number;
  massMailed: number;
  cancelled: number;
  expired: number;
  purged: number;
  /** Alerts queued for the organisers (lib/alerts/). */
  alerts: number;
  failures: StepFailure[];
};

/**
 * One scheduler pass at `now`: queue the Teams-link and "starting soon" mails that are due, record
 * the follow-ups that are due, queue a batch-wise share of every mass mailing (a new time, a
 * follow-up, an organiser's message), carry out the cancellation of whole sessions, expire mails
 * that came too late, queue the organisers' alerts, send what the outbox holds, and delete personal data past its retention. Every step is idempotent, so passes may run on every instance,
 * at once, as often as wanted; and every step runs on its own, so one that fails (or one session
 * whose planning fails) stops none of the others.
 */
export async function runPass({ db, mailer, settings, clock, stop }: PassDeps, now: Date): Promise<PassReport> {
  const report: PassReport = {
    ...{ sent: 0, failed: 0, retrying: 0, skipped: 0, left: 0, outcomes: [] },
    ...{ planned: 0, soon: 0, followUps: 0, massMailed: 0, cancelled: 0, expired: 0, purged: 0, alerts: 0, failures: [] },
  };
  const step = async (name: string, work: () => Promise<void>) => {
    if (stop?.aborted) return;
    const failure = await runStep(db, name, now, work);
    if (failure) report.failures.push(failure);
  };

  // A step that goes on past one part's failure (a session, a mailing) reports that part here.
  const partFailed = async (part: string, error: unknown) => {
    const failure = { step: part, error: describeError(error) };
    console.error(`[scheduler] ${part} failed:`, errorForLog(error));
    await recordFailure(db, failure.step, now, failure.error);
    report.failures.push(failure);
  };

  // A step done part by part (per session, per mailing) records each part's failure and recovery.
  const parts = async (name: string, work: () => Promise<PartsReport>) => {
    const done = await work();
    await clearPartsBut(db, name, done.failures.map((failure) => failure.id), now);
    for (const { id, error } of done.failures) await partFailed(`${name}:${id}`, error);
    return done.total;
  };

  await step("planning", async () => {
    report.planned = await parts("planning", () => planLinkMails(db, now, settings));
  });
  await step("starting-soon", async () => {
    report.soon = await parts("starting-soon", () => planStartingSoonMails(db, now, settings));
  });
  await step("follow-up", async () => {
    report.followUps = await planFollowUps(db, now, settings);
  });
  await step("mass-mail", async () => {
    report.massMailed = await parts("mass-mail", () => fanOutMassMailings(db, now, settings));
  });
  await step("cancelling", async () => {
    report.cancelled = await cancelSignUpsOfCancelledSessions(db, now, settings);
  });
  await step("expiry", async () => {
    report.expired = await expireLateMails(db, now);
  });
  // Before sending, so an alert goes out in the pass that found its occasion.
  await step("alerts:missing-link", async () => {
    report.alerts += await planMissingLinkAlerts(db, now, settings);
  });
  await step("alerts:failed-mails", async () => {
    report.alerts += await planFailedMailAlert(db, now);
  });
  await step("alerts:steps", async () => {
    report.alerts += await planStepAlerts(db, now);
  });
  await step("alerts:daily-summary", async () => {
    report.alerts += await planDailySummary(db, now);
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
