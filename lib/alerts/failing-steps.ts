import "server-only";
import type { Db } from "../db";
import { readPayload } from "../mail/payloads";
import { queueAlert } from "./queue-alert";

/** How many failing steps, and how many earlier failures, one pass looks at. */
const STEPS_PER_PASS = 50;

/**
 * One alert when a scheduler step starts failing and one when it works again. The occasion of
 * both is the instant it started failing (SchedulerStep.failingSince): a step that fails again
 * later is a new occasion. A recovery clears that instant, so the failure alerts already queued
 * are what remembers it: one whose step no longer fails since that instant has recovered.
 */
export async function planStepAlerts(db: Db, now: Date): Promise<number> {
  const failing = await db.schedulerStep.findMany({
    where: { failingSince: { not: null } },
    orderBy: { failingSince: "asc" },
    take: STEPS_PER_PASS,
    select: { step: true, failingSince: true, lastError: true },
  });
  let queued = 0;
  for (const { step, failingSince, lastError } of failing) {
    const since = failingSince!.getTime();
    queued += await queueAlert(db, { kind: "alert-step-failing", occasion: `${step}:${since}`, payload: { step, since, error: lastError ?? "" } }, now);
  }
  for (const occasion of await unrecovered(db)) {
    const current = await db.schedulerStep.findUnique({ where: { step: occasion.step }, select: { failingSince: true } });
    if (current?.failingSince?.getTime() === occasion.since) continue;
    queued += await queueAlert(db, { kind: "alert-step-recovered", occasion: `${occasion.step}:${occasion.since}`, payload: occasion }, now);
  }
  return queued;
}

/** The latest failures alerted about whose recovery was not alerted yet. */
async function unrecovered(db: Db): Promise<{ step: string; since: number }[]> {
  const latest = (kind: "alert-step-failing" | "alert-step-recovered") =>
    db.outboxMail.findMany({ where: { kind }, orderBy: { createdAt: "desc" }, take: STEPS_PER_PASS * 4, select: { payload: true } });
  const occasion = ({ step, since }: { step: string; since: number }) => `${step}:${since}`;
  const recovered = new Set((await latest("alert-step-recovered")).map((row) => occasion(readPayload("alert-step-recovered", row.payload))));
  const open = new Map<string, { step: string; since: number }>();
  for (const row of await latest("alert-step-failing")) {
    const { step, since } = readPayload("alert-step-failing", row.payload);
    if (!recovered.has(occasion({ step, since }))) open.set(occasion({ step, since }), { step, since });
  }
  return [...open.values()].slice(0, STEPS_PER_PASS);
}
