// `npm run bench`: builds the site, starts it in production mode, and prints one table in which
// every figure stands next to its reference from the same run. Traffic goes to 127.0.0.1 only,
// and every load is bounded in count or time.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { recordBuild, sourceStamp } from "@/lib/cli/build-stamp";
import { bareNextJs, pageJs } from "./client-js";
import { loadSignUps, loadUrl, type Load } from "./http";
import { linkMailRun, type MailRun } from "./mail";
import { ROOT, startScript, startSite } from "./site";

const WORK = path.join(ROOT, "var", "bench");
const STATIC = path.join(ROOT, "public", "bench", "programme.html");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3300;
const rows: string[][] = [];

const ms = (value: number) => `${Math.round(value)} ms`;
const share = (value: number, reference: number) => `${Math.round((value / reference) * 100)}%`;
const rate = (load: Load) => `${Math.round(load.rps)}/s`;
function row(what: string, figure: string, reference: string, ratio: string, target: string) {
  rows.push([what, figure, reference, ratio, target]);
  console.log(`  ${what}: ${figure} (reference ${reference}; ${ratio}; target ${target})`);
}

async function buildWithStaticFile() {
  // The static reference is served from public/, so it must exist when the site is built; its
  // content is the programme page itself, written once that page has been rendered.
  fs.mkdirSync(path.dirname(STATIC), { recursive: true });
  if (!fs.existsSync(STATIC)) fs.writeFileSync(STATIC, "<!doctype html><title>bench</title>");
  execFileSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  recordBuild(sourceStamp(ROOT));
}

async function benchSite(label: string, databaseUrl: string) {
  const sink = startScript("smtp-sink.ts", [String(PORT + 25)]);
  const env = {
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${PORT + 25}`,
    MAIL_RATE_PER_SECOND: "1000",
    // Every client is 127.0.0.1: the limits are raised through their own variables, nothing else.
    RATE_LIMIT_PER_IP: "100000",
    RATE_LIMIT_PER_EMAIL: "1000",
    ADMIN_EMAIL: "bench@bench.example.nl",
    ADMIN_PASSWORD: "Bench-Beheer-Wachtwoord-2027",
  };
  // A first start creates the database; the second is the one timed, with the build present.
  await (await startSite(PORT, env)).stop();
  const site = await startSite(PORT, env);
  try {
    row(`${label}: start-up, npm start to first page`, ms(site.startMs), "—", "—", "≤ 5000 ms");
    const programme = await (await fetch(`${site.url}/`)).text();
    fs.writeFileSync(STATIC, programme);
    for (const gzip of [false, true]) {
      const headers: Record<string, string> = gzip ? { "accept-encoding": "gzip" } : {};
      await loadUrl(`${site.url}/`, 2, headers); // warm: the page is in the cache
      const page = await loadUrl(`${site.url}/`, SECONDS, headers);
      const file = await loadUrl(`${site.url}/bench/programme.html`, SECONDS, headers);
      row(`${label}: programme page, ${gzip ? "gzip" : "no compression"}`, rate(page), `static file ${rate(file)}`, share(page.rps, file.rps), "≥ 50%");
    }
    const signIn = await loadUrl(`${site.url}/admin/inloggen`, SECONDS);
    const signUps = await loadSignUps(site.url, 1000);
    row(`${label}: sign-ups (1000, 50 clients)`, `${Math.round(signUps.rps)}/s, p50 ${signUps.p50} ms, p99 ${signUps.p99} ms, errors ${signUps.errors}`, `sign-in page ${rate(signIn)}`, share(signUps.rps, signIn.rps), "≥ 50%, p99 < 1000 ms, 0 errors");
    if (label === "SQLite") {
      const bare = bareNextJs(WORK);
      for (const page of ["/", "/sessies/1", "/project", "/link-kwijt"]) {
        const own = await pageJs(site.url, page);
        row(`client JS, ${page} (gzip)`, `${(own / 1024).toFixed(1)} kB`, `bare Next page ${(bare / 1024).toFixed(1)} kB`, `+${((own - bare) / 1024).toFixed(1)} kB`, "≤ +10 kB");
      }
    }
  } finally {
    await site.stop();
    await sink.stop();
  }
}

async function benchMail(label: string, url: (count: number) => Promise<string>) {
  for (const count of [1000, 10_000]) {
    const run: MailRun = await linkMailRun(await url(count), count, PORT + 40, WORK);
    row(`${label}: link mails, ${count} sign-ups`, `${run.seconds.toFixed(1)} s`, `${Math.round(run.perSecond)} mails/s, peak ${Math.round(run.peakMb)} MB`, `${run.mails} delivered`, count === 10_000 ? "≤ 60 s" : "—");
  }
}

async function postgresDatabase(base: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  console.log(`Bench on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${SECONDS} s per load.`);
  await buildWithStaticFile();
  await benchSite("SQLite", `file:${path.join(WORK, "site.db")}`);
  await benchMail("SQLite", async (count) => `file:${path.join(WORK, `mail-${count}.db`)}`);
  const postgres = process.env.BENCH_POSTGRES_URL;
  if (postgres) {
    await benchSite("PostgreSQL", await postgresDatabase(postgres, "cosie_bench_site"));
    await benchMail("PostgreSQL", (count) => postgresDatabase(postgres, `cosie_bench_mail_${count}`));
  } else {
    console.log("BENCH_POSTGRES_URL is not set: PostgreSQL is not measured.");
  }
  console.log("\n| measure | figure | reference (same run) | ratio | target |\n|---|---|---|---|---|");
  for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
