import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // CommonJS on purpose: preloaded with `tsx --require`.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "tests/.artifacts/**", "var/**"]),
]);
