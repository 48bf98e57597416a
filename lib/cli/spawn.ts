import { spawn } from "node:child_process";

const bin = (name: string) => require.resolve(name);
const FORWARDED = ["SIGINT", "SIGTERM"] as const;

/**
 * Runs a tool's Node entry point with our environment; resolves when it exits with 0. A stop signal
 * meanwhile is passed on, and we wait for the tool to exit rather than leave it running on its own.
 */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [bin(script), ...args], { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const forwarded of FORWARDED) process.off(forwarded, forward);
      if (code === 0) resolve();
      else reject(new Error(`${script} ${args[0]} failed (${signal ?? code})`));
    });
  });
}

export const NEXT = "next/dist/bin/next";
export const PRISMA = "prisma/build/index.js";
