import type { IncomingMessage, ServerResponse } from "node:http";
import { PUBLIC_PAGE } from "./public-paths";

// The public pages are the same for everyone, and Next already serves them from its cache. Each
// finished response (compressed or not) is also kept here for a moment, so a burst of visitors
// does not go through Next's routing and compression for every request. An organiser's edit
// clears it at once (clearServedPages); otherwise it is at most `ttlMs` older than Next's cache.

type Entry = { status: number; headers: Record<string, string | number | string[]>; body: Buffer; until: number };

const MOST = 200; // a handful of pages and up to 999 session numbers, in two encodings

const holder = globalThis as unknown as { cosieServedPages?: Map<string, Entry> };

/** Forgets every kept response: after an edit that changes public content. */
export function clearServedPages(): void {
  holder.cosieServedPages?.clear();
}

const wantsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

function cacheable(req: IncomingMessage, pathname: string): boolean {
  const { headers } = req;
  return (
    (req.method === "GET" || req.method === "HEAD") &&
    PUBLIC_PAGE.test(pathname) &&
    // Client navigations and conditional requests are Next's to answer.
    !headers.rsc &&
    !headers["next-router-prefetch"] &&
    !headers["if-none-match"] &&
    !headers["if-modified-since"]
  );
}

/** Answers from a kept response when there is a fresh one (true); otherwise keeps Next's answer for next time. */
export function servePage(req: IncomingMessage, res: ServerResponse, ttlMs: number): boolean {
  const pathname = new URL(req.url ?? "/", "http://site").pathname;
  if (!cacheable(req, pathname)) return false;
  const entries = (holder.cosieServedPages ??= new Map());
  const key = `${pathname} ${wantsGzip(req) ? "gzip" : "identity"}`;
  const kept = entries.get(key);
  if (kept && kept.until > performance.now()) {
    res.writeHead(kept.status, kept.headers);
    res.end(req.method === "HEAD" ? undefined : kept.body);
    return true;
  }
  if (req.method === "GET") keep(res, wantsGzip(req), (entry) => {
    if (entries.size >= MOST) entries.delete(entries.keys().next().value!);
    entries.set(key, { ...entry, until: performance.now() + ttlMs });
  });
  return false;
}

/** Records the body as it goes out, and keeps it when it is a cached page in the expected encoding. */
function keep(res: ServerResponse, gzip: boolean, store: (entry: Omit<Entry, "until">) => void) {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const take = (chunk: unknown, encoding: unknown) => {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    take(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk: unknown, ...rest: unknown[]) => {
    take(chunk, rest[0]);
    const headers = res.getHeaders();
    const encoded = headers["content-encoding"] === "gzip";
    if (res.statusCode === 200 && headers["x-nextjs-cache"] && !headers["set-cookie"] && encoded === gzip) {
      const body = Buffer.concat(chunks);
      const kept = { ...headers, "content-length": body.length } as Record<string, string | number | string[]>;
      delete kept["transfer-encoding"];
      store({ status: 200, headers: kept, body });
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
}
