import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What a build is made of. A change to any of these means the existing build is out of date.
const SOURCES = [
  "app",
  "components",
  "emails",
  "lib",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "proxy.ts",
  "prisma/schema.prisma",
  "package-lock.json",
  "tsconfig.json",
];
// public/bench holds the bench's static reference file, rewritten during a run.
const SKIP = new Set(["generated", "cli", "node_modules", "bench"]);
const STAMP = path.join(".next", "source-stamp");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (!fs.statSync(entry).isDirectory()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!SKIP.has(name)) yield* files(path.join(entry, name));
  }
}

/** A hash of every source file that goes into `next build`. */
export function sourceStamp(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    for (const file of files(path.join(root, source))) {
      hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function hasBuildFor(stamp: string): boolean {
  return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === stamp;
}

export function recordBuild(stamp: string): void {
  fs.writeFileSync(STAMP, stamp);
}
