import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { takeWriteHeadArgs } from "./write-head";

// Next renders a notFound() thrown at request time as an empty shell that only JavaScript fills
// in (vercel/next.js#62228). So every HTML 404 gets the prerendered 404 page instead: the same
// full page for a missing path, session, sign-up or admin record, with or without JavaScript.

export function prerenderedNotFound(distDir = ".next"): Buffer {
  return fs.readFileSync(path.join(distDir, "server", "app", "_not-found.html"));
}

/**
 * Makes this response send `page` if it turns out to be an HTML 404. Client-side navigations
 * (RSC requests) are left alone: they render the not-found page themselves.
 */
export function sendFullNotFoundPage(req: IncomingMessage, res: ServerResponse, page: Buffer): void {
  if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.rsc) return;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  let swapped: boolean | undefined;
  // Decided when the headers go out (Next flushes them before the body) or at the first byte of
  // the body, whichever comes first: the status and headers are known then, and not yet sent.
  const swap = () => {
    swapped ??= res.statusCode === 404 && /^text\/html/.test(String(res.getHeader("content-type") ?? ""));
    // Next's compression sets its own headers just before they go out, after this decision: so
    // this runs again in writeHead, which it calls last.
    if (swapped && !res.headersSent) {
      // A policy with a nonce was made for Next's page, not this one: this one gets hashes (./content-security.ts).
      res.removeHeader("content-security-policy");
      res.removeHeader("content-encoding");
      res.removeHeader("transfer-encoding");
      res.setHeader("content-length", page.length);
    }
    return swapped;
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    takeWriteHeadArgs(res, status, rest);
    swap();
    return writeHead(status);
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    swap();
    flushHeaders();
  };
  res.write = ((...args: unknown[]) => {
    if (!swap()) return write(...args);
    // Next's own body is dropped; whoever waits for it to be written is told it was.
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (!swap()) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    return req.method === "HEAD" ? end(callback) : end(page, callback);
  }) as typeof res.end;
}
