import "server-only";
import { db } from "../db";
import { env } from "../env";
import { passSettings } from "./settings";
import { createMailer } from "../mail/transport";
import { runPass, type PassDeps } from "./pass";

type Runner = { kick(): void; deps: PassDeps };

// The server process's one pooled mail transport and pass runner. Kept on globalThis because
// instrumentation and the route bundles each load their own copy of this module.
const holder = globalThis as unknown as { cosieRunner?: Runner };

function runner(): Runner {
  if (holder.cosieRunner) return holder.cosieRunner;
  const config = env();
  const deps: PassDeps = { db: db(), mailer: createMailer(config), settings: passSettings(config) };
  let running = false;
  let again = false;
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void runPass(deps, new Date())
      .then((report) => {
        if (report.failed || report.retrying) console.warn("[scheduler] pass:", report);
      })
      .catch((error) => console.error("[scheduler] pass failed:", error))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          kick();
        }
      });
  };
  holder.cosieRunner = { kick, deps };
  return holder.cosieRunner;
}

/** Runs a pass now, in the background: right after a change that queued mail. */
export function kickScheduler(): void {
  runner().kick();
}

/** Whether mail only goes to files (no SMTP_URL). */
export function mailWritesFiles(): boolean {
  return runner().deps.mailer.writesFiles;
}

/** Starts the timer; SCHEDULER_INTERVAL_SECONDS=0 leaves it to `npm run reminders` from cron. */
export function startScheduler(): void {
  const seconds = env().SCHEDULER_INTERVAL_SECONDS;
  if (seconds === 0) return;
  const { kick } = runner();
  setInterval(kick, seconds * 1000).unref();
  kick();
  console.log(`[scheduler] running every ${seconds} s`);
}
