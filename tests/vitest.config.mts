import path from "node:path";
import { defineConfig, type TestProjectConfiguration } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

const integration = {
  include: ["tests/integration/**/*.test.ts"],
  globalSetup: ["tests/support/migrated-template.ts"],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

const projects: TestProjectConfiguration[] = [
  { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
  { extends: true, test: { name: "integration", ...integration, env: { TEST_DATABASE_PROVIDER: "sqlite" } } },
  // The built site as a process: killed in a burst of sign-ups, stopped with SIGTERM (SQLite, and
  // PostgreSQL when there is one), and loaded with its default limits. Run after the browser
  // tests, which build it (tests/run.sh).
  { extends: true, test: { name: "crash", include: ["tests/crash/**/*.test.ts"], globalSetup: ["tests/support/build-once.ts"], testTimeout: 240_000, hookTimeout: 240_000 } },
];
// The same integration tests again on PostgreSQL, when there is one to use.
if (process.env.TEST_POSTGRES_URL) {
  projects.push({
    extends: true,
    test: { name: "integration-postgres", ...integration, env: { TEST_DATABASE_PROVIDER: "postgresql" } },
  });
  // Starts the built site twice: run after the browser tests, which build it (tests/run.sh).
  projects.push({
    extends: true,
    test: { name: "multi-instance", include: ["tests/multi-instance/**/*.test.ts"], globalSetup: ["tests/support/build-once.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
  });
}

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // Tests are server code; outside Next's react-server build the marker would throw.
      "server-only": path.join(root, "lib/cli/empty-module.cjs"),
    },
  },
  test: { projects, maxWorkers: 2 },
});
