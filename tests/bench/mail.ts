import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createDb } from "@/lib/db";
import { seedContent } from "@/prisma/seed/index";
import { seedConfirmed } from "../support/bulk";
import { ROOT, startScript, waitFor } from "./site";

export type MailRun = { mails: number; seconds: number; perSecond: number; peakMb: number };

const HOUR = 60 * 60 * 1000;
const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bench%40thread.v2/0";

/** A migrated database with one session 30 hours ahead (inside the link window) and `count` confirmed sign-ups. */
async function prepare(url: string, count: number) {
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "ignore",
  });
  const db = createDb(url);
  try {
    await seedContent(db, new Date().getFullYear() + 1);
    const session = await db.session.findFirstOrThrow({ where: { number: 1 } });
    const startsAt = new Date(Date.now() + 30 * HOUR);
    await db.session.update({ where: { id: session.id }, data: { teamsUrl: TEAMS, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) } });
    await seedConfirmed(db, session.id, count, new Date());
  } finally {
    await db.$disconnect();
  }
}

/**
 * One `npm run reminders` against `count` confirmed sign-ups due for their link mail, handing
 * them to an SMTP server in its own process that does not parse them. Timed from the start of the
 * process, planning included.
 */
export async function linkMailRun(url: string, count: number, smtpPort: number, work: string): Promise<MailRun> {
  await prepare(url, count);
  const sink = startScript("smtp-sink.ts", [String(smtpPort)]);
  let received = 0;
  sink.child.stdout!.on("data", (chunk: Buffer) => {
    const last = [...chunk.toString().matchAll(/mails (\d+)/g)].at(-1);
    if (last) received = Number(last[1]);
  });
  try {
    await waitFor(() => probe(smtpPort), "the SMTP sink");
    const memoryFile = path.join(work, `memory-${count}.txt`);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn("npm", ["run", "--silent", "reminders"], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: url,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          MAIL_RATE_PER_SECOND: "10000",
          REMINDERS_MAX_SECONDS: "600",
          APP_URL: "https://sessies.example.nl",
          NODE_OPTIONS: `--require ${path.join(__dirname, "memory.cjs")}`,
          BENCH_MEMORY_FILE: memoryFile,
        },
        stdio: "ignore",
      });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`bench: npm run reminders exited with ${code}`))));
    });
    const seconds = (performance.now() - started) / 1000;
    await waitFor(async () => (received >= count ? true : undefined), `all ${count} mails at the SMTP sink`, 10_000);
    const peakKb = Math.max(...fs.readdirSync(work).filter((file) => file.startsWith(`memory-${count}`)).map((file) => Number(fs.readFileSync(path.join(work, file), "utf8"))));
    return { mails: received, seconds, perSecond: received / seconds, peakMb: peakKb / 1024 };
  } finally {
    await sink.stop();
  }
}

function probe(port: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(undefined));
  });
}
