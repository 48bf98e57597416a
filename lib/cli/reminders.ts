import { runPass } from "../scheduler/pass";
import { passSettings, wiring } from "../server/wiring";
import { runCli } from "./run";

// `npm run reminders`: one scheduler pass, for cron or an operator. Exits 1 when a mail failed.
runCli(async () => {
  const server = wiring();
  const { db, mailer } = server;
  try {
    const report = await runPass({ db, mailer, settings: await passSettings(server) }, server.now());
    for (const { result, kind, recipient, detail } of report.outcomes) {
      console.log(`${result.padEnd(10)} ${kind.padEnd(12)} ${recipient}${detail ? `  (${detail})` : ""}`);
    }
    console.log(
      `Queued ${report.planned} Teams-link mail(s); sent ${report.sent}, skipped ${report.skipped}, ` +
        `failed ${report.failed}, to retry ${report.retrying}; expired ${report.expired}; ` +
        `removed ${report.purged} person(s) past retention.`,
    );
    if (report.failed > 0 || report.retrying > 0) process.exitCode = 1;
  } finally {
    mailer.close();
    await db.$disconnect();
  }
});
