import "server-only";
import { runPass } from "../scheduler/pass";
import { passSettings, wiring } from "./wiring";

type Runner = { kick(): void };

// One pass at a time per process; a kick during a pass runs one more right after it.
const holder = globalThis as unknown as { cosieRunner?: Runner };

function runner(): Runner {
  if (holder.cosieRunner) return holder.cosieRunner;
  let running = false;
  let again = false;
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const server = wiring();
    void passSettings(server)
      .then((settings) => runPass({ db: server.db, mailer: server.mailer, settings }, server.now()))
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
  holder.cosieRunner = { kick };
  return holder.cosieRunner;
}

/** Runs a pass now, in the background: right after a change that queued mail. */
export function kickScheduler(): void {
  runner().kick();
}

/** Starts the timer; SCHEDULER_INTERVAL_SECONDS=0 leaves it to `npm run reminders` from cron. */
export function startScheduler(): void {
  const seconds = wiring().config.SCHEDULER_INTERVAL_SECONDS;
  if (seconds === 0) return;
  const { kick } = runner();
  setInterval(kick, seconds * 1000).unref();
  kick();
  console.log(`[scheduler] running every ${seconds} s`);
}
