import fs from "node:fs";
import path from "node:path";

// The routes of the app/ tree, found from its files, so a test over "every route" also covers the
// routes added after it was written.

const APP = path.resolve(__dirname, "../../app");

/** Fills in a dynamic segment ("nummer" for [nummer]) with a value for the URL. */
export type Sample = (segment: string, appPath: string) => string;

/**
 * The URL path that reaches an app/ folder: route groups dropped, and the cache segment [cached]
 * dropped too, because next.config.ts rewrites the public URLs onto it.
 */
export function toUrl(appPath: string, sample: Sample): string {
  const segments = appPath
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && segment !== "[cached]")
    .map((segment) => (/^\[.*\]$/.test(segment) ? sample(segment.slice(1, -1), appPath) : segment));
  return `/${segments.join("/")}`;
}

/** The folders under app/`dir` that hold a file called `name` (page.tsx, route.ts), relative to app/. */
export function appFolders(name: string, dir = ""): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === name) found.push(path.relative(APP, folder));
    }
  };
  walk(path.join(APP, dir));
  return found;
}

/** The HTTP methods a route handler exports. */
export function handlerMethods(appPath: string): string[] {
  const source = fs.readFileSync(path.join(APP, appPath, "route.ts"), "utf8");
  return [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
}
