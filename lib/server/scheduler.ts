import "server-only";
import { errorForLog } from "../error-text";
import { drainOutbox } from "../mail/sender";
import { runPass } from "../scheduler/pass";
import { passSettings, wiring } from "./wiring";

type Work = "pass" | "send";
type Runner = { run(work: Work): void; every(seconds: number): void; stop(): Promise<void> };

// One piece of work at a time per process. What is asked for meanwhile runs right after it; a
// whole pass includes sending, so it stands in for a send.
const holder = globalThis as unknown as { cosieRunner?: Runner };

async function perform(work: Work, stop: AbortSignal) {
  const server = wiring();
  const settings = await passSettings(server);
  if (work === "send") return { ...(await drainOutbox(server.db, server.mailer, server.now, settings, stop)), failures: [] };
  return runPass({ db: server.db, mailer: server.mailer, settings, clock: server.now, stop }, server.now());
}

function runner(): Runner {
  if (holder.cosieRunner) return holder.cosieRunner;
  let running: Promise<void> | null = null;
  let next: Work | null = null;
  let timer: NodeJS.Timeout | undefined;
  const stopping = new AbortController();
  const run = (work: Work) => {
    if (stopping.signal.aborted) return;
    if (running) {
      next = next === "pass" || work === "pass" ? "pass" : "send";
      return;
    }
    running = perform(work, stopping.signal)
      .then((report) => {
        if (report.failed || report.retrying || report.failures.length) console.warn(`[scheduler] ${work}:`, report);
      })
      .catch((error) => console.error(`[scheduler] ${work} failed:`, errorForLog(error)))
      .finally(() => {
        running = null;
        const queued = next;
        next = null;
        if (queued) run(queued);
      });
  };
  const every = (seconds: number) => {
    timer = setInterval(() => run("pass"), seconds * 1000).unref();
  };
  const stop = async () => {
    stopping.abort();
    clearInterval(timer);
    while (running) await running;
  };
  holder.cosieRunner = { run, every, stop };
  return holder.cosieRunner;
}

/** Sends what is queued now, in the background: right after a change that queued mail. */
export function kickScheduler(): void {
  runner().run("send");
}

/**
 * Runs a whole pass now, in the background: after an organiser's change that the planner or the
 * cancelling step must act on (a new link or time, a session called off).
 */
export function kickPass(): void {
  runner().run("pass");
}

/** Starts the timer; SCHEDULER_INTERVAL_SECONDS=0 leaves it to `npm run reminders` from cron. */
export function startScheduler(): void {
  const seconds = wiring().config.SCHEDULER_INTERVAL_SECONDS;
  if (seconds === 0) return;
  runner().every(seconds);
  runner().run("pass");
  console.log(`[scheduler] running every ${seconds} s`);
}

/**
 * For a graceful shutdown: claims nothing more, and resolves once the work under way has finished
 * (the mails being handed to the mail server, and their outbox rows marked). Work asked for after
 * this stays queued in the outbox for the next start.
 */
export async function stopScheduler(): Promise<void> {
  await holder.cosieRunner?.stop();
}
