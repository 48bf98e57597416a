import { runPass } from "../scheduler/pass";
import { passSettings, wiring } from "../server/wiring";
import { runCli } from "./run";

// Every sent mail is listed up to this many; a run of thousands prints their count instead.
const LISTED = 200;

// `npm run reminders`: one scheduler pass for cron or an operator. It sends everything that is due,
// or stops after REMINDERS_MAX_SECONDS and says what is left (exit 0: the next run goes on).
// Exits 1 when a mail failed or a step of the pass did.
runCli(async () => {
  const server = wiring();
  const { db, mailer } = server;
  try {
    const report = await runPass({ db, mailer, settings: await passSettings(server), clock: server.now }, server.now());
    const listed = report.outcomes.filter((outcome, index) => outcome.result !== "sent" || index < LISTED);
    for (const { result, kind, mailId, registrantId, detail } of listed) {
      const who = `mail ${mailId}${registrantId ? ` registrant ${registrantId}` : ""}`;
      console.log(`${result.padEnd(10)} ${kind.padEnd(12)} ${who}${detail ? `  (${detail})` : ""}`);
    }
    if (listed.length < report.outcomes.length) console.log(`… and ${report.outcomes.length - listed.length} more sent.`);
    for (const { step, error } of report.failures) console.log(`FAILED step ${step}: ${error}`);
    console.log(
      `Queued ${report.planned} Teams-link mail(s); sent ${report.sent}, skipped ${report.skipped}, ` +
        `failed ${report.failed}, to retry ${report.retrying}; cancelled ${report.cancelled} sign-up(s) of cancelled sessions; ` +
        `expired ${report.expired}; removed ${report.purged} person(s) past retention.`,
    );
    if (report.left > 0) console.log(`Stopped after REMINDERS_MAX_SECONDS with ${report.left} mail(s) still due: the next run sends them.`);
    if (report.failed > 0 || report.retrying > 0 || report.failures.length > 0) process.exitCode = 1;
  } finally {
    mailer.close();
    await db.$disconnect();
  }
});
