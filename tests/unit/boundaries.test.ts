import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rules that keep the architecture (eslint.config.mjs), tried on fixtures as if they were
// files in the tree: each must fail on the import it forbids, and pass on the allowed one.
const eslint = new ESLint({ cwd: path.resolve(__dirname, "../..") });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, "../..", file) });
  return result.messages.filter((message) => message.severity === 2).map((message) => message.ruleId ?? message.message);
}

describe("the lint boundaries", { timeout: 60_000 }, () => {
  it("refuse an app/ file that imports the database client, by alias or by path", async () => {
    expect(await errors("app/(site)/probe.ts", 'import { createDb } from "@/lib/db";\nexport const x = createDb;\n')).toContain(
      "import/no-restricted-paths",
    );
    expect(await errors("app/admin/probe.ts", 'import { createDb } from "../../lib/db";\nexport const x = createDb;\n')).toContain(
      "import/no-restricted-paths",
    );
    expect(await errors("app/api/probe.ts", 'import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;\n')).toContain(
      "no-restricted-imports",
    );
  });

  it("refuse app/ reading the configuration or the clock itself", async () => {
    expect(await errors("app/probe.ts", 'import { env } from "@/lib/env";\nexport const x = env;\n')).toContain("import/no-restricted-paths");
    expect(await errors("app/probe.ts", "export const x = () => new Date();\n")).toContain("no-restricted-syntax");
  });

  it("refuse mail importing registration, the direction registration → mail", async () => {
    const code = 'import { register } from "@/lib/registration/register";\nexport const x = register;\n';
    expect(await errors("lib/mail/probe.ts", code)).toContain("import/no-restricted-paths");
    expect(await errors("emails/probe.tsx", code)).toContain("import/no-restricted-paths");
    expect(await errors("lib/registration/probe.ts", 'import { queueConfirmation } from "../mail/queue";\nexport const x = queueConfirmation;\n')).toEqual([]);
  });

  it("refuse a browser test that takes test from Playwright itself, skipping the CSP-violation check", async () => {
    expect(await errors("tests/e2e/probe.spec.ts", 'import { test } from "@playwright/test";\nexport const x = test;\n')).toContain("no-restricted-imports");
    expect(await errors("tests/e2e/probe.spec.ts", 'import { test } from "./support";\nimport type { Page } from "@playwright/test";\nexport const x: [typeof test, Page?] = [test];\n')).toEqual([]);
  });

  it("let app/ call the server's functions", async () => {
    expect(await errors("app/probe.ts", 'import { getProgramme } from "@/lib/server/public-site";\nexport const x = getProgramme;\n')).toEqual([]);
  });
});
