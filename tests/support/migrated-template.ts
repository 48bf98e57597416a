import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { adminQuery, postgresUrl } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

function migrate(url: string) {
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

// Applies the committed migrations once, with the real CLI; each test then starts from a copy.
export default async function setup(project: TestProject) {
  // A project's `env` reaches its test workers, not this setup, so read it from the project.
  if (project.config.env?.TEST_DATABASE_PROVIDER === "postgresql") {
    const name = `cosie_template_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(`CREATE DATABASE ${name}`);
    migrate(postgresUrl(name));
    project.provide("templateDatabase", name);
    return () => adminQuery(`DROP DATABASE IF EXISTS ${name}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosie-template-"));
  const file = path.join(dir, "template.db");
  migrate(`file:${file}`);
  project.provide("templateDatabase", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
