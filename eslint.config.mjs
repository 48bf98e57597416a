import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The direction of dependencies (README, "How it is built"): app/ reaches the domain only through
// lib/server, and registration queues mail, never the other way round.
const boundaries = {
  "import/no-restricted-paths": [
    "error",
    {
      zones: [
        {
          target: "./app",
          from: ["./lib/db.ts", "./lib/generated", "./lib/env.ts", "./lib/server/wiring.ts"],
          message: "app/ never touches the database client or configuration: call a function in lib/server/.",
        },
        {
          target: ["./lib/mail", "./emails"],
          from: "./lib/registration",
          message: "Registration depends on mail, never mail on registration (README, How it is built).",
        },
      ],
    },
  ],
  "no-restricted-imports": [
    "error",
    { patterns: [{ group: ["@prisma/*", "pg", "better-sqlite3"], message: "app/ never touches the database: call a function in lib/server/." }] },
  ],
  // The clock is the wiring's: a page or action that needs the time asks lib/server.
  "no-restricted-syntax": [
    "error",
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "app/ takes the time from lib/server, not new Date()." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: { "import/no-restricted-paths": boundaries["import/no-restricted-paths"] },
  },
  { files: ["app/**"], rules: { "no-restricted-imports": boundaries["no-restricted-imports"], "no-restricted-syntax": boundaries["no-restricted-syntax"] } },
  // Browser tests take `test` from their shared fixture, which fails a test on any CSP violation.
  {
    files: ["tests/e2e/**"],
    ignores: ["tests/e2e/support.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./support: it fails on CSP violations." }] },
      ],
    },
  },
  // CommonJS on purpose: preloaded with `tsx --require`.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "tests/.artifacts/**", "var/**"]),
]);
