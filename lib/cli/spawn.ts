import { spawn } from "node:child_process";

const bin = (name: string) => require.resolve(name);

/** Runs a tool's Node entry point with our environment; resolves when it exits with 0. */
export function runNode(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [bin(script), ...args], { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${script} ${args[0]} failed (${signal ?? code})`)),
    );
  });
}

export const NEXT = "next/dist/bin/next";
export const PRISMA = "prisma/build/index.js";
