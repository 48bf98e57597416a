import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./site";

const scripts = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
const gzipped = (bytes: Buffer) => gzipSync(bytes).length;

/** Gzipped bytes of every script file a served page loads. */
export async function pageJs(base: string, pagePath: string): Promise<number> {
  const html = await (await fetch(`${base}${pagePath}`)).text();
  let total = 0;
  for (const src of new Set(scripts(html))) total += gzipped(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()));
  return total;
}

/**
 * The same for a bare Next.js page of the installed version, built from the same node_modules: one
 * server component with an <h1>, and the default configuration.
 */
export function bareNextJs(work: string): number {
  const app = path.join(work, "bare-next");
  fs.rmSync(app, { recursive: true, force: true });
  fs.mkdirSync(path.join(app, "app"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(app, "node_modules"));
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  // Its own, empty configuration: without one, Next would find ours a few folders up.
  fs.writeFileSync(path.join(app, "next.config.mjs"), "export default {};\n");
  fs.writeFileSync(
    path.join(app, "app", "layout.tsx"),
    "export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang=\"nl\"><body>{children}</body></html>;\n}\n",
  );
  fs.writeFileSync(path.join(app, "app", "page.tsx"), "export default function Page() {\n  return <h1>Hallo</h1>;\n}\n");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const html = fs.readFileSync(path.join(app, ".next/server/app/index.html"), "utf8");
  return scripts(html).reduce((sum, src) => sum + gzipped(fs.readFileSync(path.join(app, ".next", src.replace(/^\/_next\//, "")))), 0);
}
