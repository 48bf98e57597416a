import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

export type Site = { url: string; startMs: number; stop(): Promise<void> };

export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 300_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch((error: Error) => {
      if (error.message.startsWith("bench:")) throw error;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`bench: ${what} did not come up in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function signal(child: ChildProcess, name: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, name); // the whole group: npm and the server it started
  } catch {
    // already gone
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (!running(child)) return resolve();
    const kill = setTimeout(() => signal(child, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    signal(child, "SIGTERM");
  });
}

/** `npm start` as a user runs it; startMs is the time until it served its first page. */
export async function startSite(port: number, env: Record<string, string>): Promise<Site> {
  const started = performance.now();
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`bench: npm start exited with ${child.exitCode}`);
    return (await fetch(`${url}/`)).ok ? true : undefined;
  }, `the site on ${port}`);
  return { url, startMs: performance.now() - started, stop: () => stopProcess(child) };
}

/** A Node process of our own (a script under tests/bench), in its own process group. */
export function startScript(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  return { child, stop: () => stopProcess(child) };
}
