import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { hasBuildFor, recordBuild, sourceStamp } from "@/lib/cli/build-stamp";

// The built site as a deployment runs it: `npm start` or `npm run serve`, in a process group of
// its own, so a test can signal npm alone or kill the whole group.
const run = promisify(execFile);
export const root = path.resolve(__dirname, "../..");

/** Builds the site unless a build of the current sources exists (the browser tests usually made it). */
export async function ensureBuild(): Promise<void> {
  if (hasBuildFor(sourceStamp(root))) return;
  await run(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  recordBuild(sourceStamp(root));
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function waitFor<T>(check: () => Promise<T | undefined>, what: string, seconds = 120): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type SiteProcess = {
  child: ChildProcess;
  url: string;
  /** How npm ended: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whatever it printed so far. */
  output: () => string;
};

/** Starts `npm <script>` on a free port with this environment, and waits until it answers. */
export async function startSite(script: "start" | "serve", env: Record<string, string>): Promise<SiteProcess> {
  const port = await freePort();
  const child = spawn("npm", script === "start" ? ["start"] : ["run", "serve"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (part: Buffer) => (output += part.toString()));
  child.stderr!.on("data", (part: Buffer) => (output += part.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([
    waitFor(async () => ((await fetch(`${url}/api/health`)).ok ? true : undefined), `the site on ${port}`),
    exited.then(() => Promise.reject(new Error(`npm ${script} ended before it served:\n${output}`))),
  ]);
  return { child, url, exited, output: () => output };
}

/** Whether any process of the site's group is still alive. */
export function groupAlive(site: SiteProcess): boolean {
  try {
    process.kill(-site.child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills every process of the site's group at once, as the kernel's OOM killer or a power cut would. */
export async function killSite(site: SiteProcess): Promise<void> {
  if (groupAlive(site)) process.kill(-site.child.pid!, "SIGKILL");
  await site.exited;
  await waitFor(async () => (groupAlive(site) ? undefined : true), "the killed processes to be gone", 10);
}
