import "server-only";
import type { Db } from "../db";
import { describeError, errorForLog } from "../error-text";

export type StepFailure = { step: string; error: string };

/**
 * Runs one step of a pass so that its failure stops nothing else: the cause is logged, kept in
 * the database for the admin overview (failingSince stays at the first failure), and returned.
 */
export async function runStep(db: Db, step: string, now: Date, work: () => Promise<void>): Promise<StepFailure | null> {
  try {
    await work();
    await recordSuccess(db, step, now);
    return null;
  } catch (error) {
    console.error(`[scheduler] step ${step} failed:`, errorForLog(error));
    await recordFailure(db, step, now, describeError(error));
    return { step, error: describeError(error) };
  }
}

/** Records a failure that happened inside a step that otherwise went on (one session's planning). */
export async function recordFailure(db: Db, step: string, now: Date, error: string): Promise<void> {
  try {
    await db.schedulerStep.upsert({
      where: { step },
      create: { step, failingSince: now, lastError: error },
      update: { lastError: error },
    });
    await db.schedulerStep.updateMany({ where: { step, failingSince: null }, data: { failingSince: now } });
  } catch (recording) {
    // The database itself is down: the log line above is all there is.
    console.error(`[scheduler] could not record the failure of ${step}:`, errorForLog(recording));
  }
}

/** Clears a step that succeeded again. Only a step that was failing has a row to change: a healthy pass writes nothing. */
export async function recordSuccess(db: Db, step: string, now: Date): Promise<void> {
  await db.schedulerStep.updateMany({ where: { step, failingSince: { not: null } }, data: { failingSince: null, lastError: null, lastSuccessAt: now } });
}

/**
 * Clears every part of a step (`planning:<session>`, `mass-mail:<mailing>`) that did not fail in
 * this pass: those that succeeded, and those no longer at hand (a session that began, a mailing
 * ended by a newer one), which would otherwise stay on the overview for good.
 */
export async function clearPartsBut(db: Db, step: string, failing: string[], now: Date): Promise<void> {
  await db.schedulerStep.updateMany({
    where: { step: { startsWith: `${step}:`, notIn: failing.map((id) => `${step}:${id}`) }, failingSince: { not: null } },
    data: { failingSince: null, lastError: null, lastSuccessAt: now },
  });
}

/** The steps failing now, oldest failure first: for the admin overview. */
export async function listFailingSteps(db: Db) {
  return db.schedulerStep.findMany({
    where: { failingSince: { not: null } },
    orderBy: { failingSince: "asc" },
    take: 50,
    select: { step: true, failingSince: true, lastError: true },
  });
}
