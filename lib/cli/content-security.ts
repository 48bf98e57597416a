import type { IncomingMessage, ServerResponse } from "node:http";
import { contentSecurityPolicy, hasNonce } from "../security-headers";
import { hashesOfEtag, rememberHashesOfEtag, scriptHashesOf } from "./script-hashes";
import { takeWriteHeadArgs } from "./write-head";

const CSP = "content-security-policy";

const pathOf = (req: IncomingMessage) => new URL(req.url ?? "/", "http://site").pathname;

/**
 * Every response starts with the policy that allows no inline script at all; proxy.ts replaces it
 * with one that has a nonce on the per-request pages, and allowInlineScriptsByHash with hashes.
 */
export function setStrictPolicy(req: IncomingMessage, res: ServerResponse): void {
  // Only this server decides the policy: a client's own header would give Next a nonce to render with.
  delete req.headers[CSP];
  delete req.headers[`${CSP}-report-only`];
  res.setHeader(CSP, contentSecurityPolicy(pathOf(req), { hashes: [] }));
}

/**
 * Allows the inline scripts of an HTML page without a nonce by their hashes: the page is held
 * until it is complete, then sent with a policy listing them. These are the cached public pages
 * and the prerendered 404 page, which come whole from a cache anyway, so holding them costs
 * nothing (and a public form posted without JavaScript, answered with its page and the errors).
 * A policy with a nonce (from proxy.ts, on the per-request pages) is left alone, and so is the
 * strict policy on anything that is not an HTML page.
 */
export function allowInlineScriptsByHash(req: IncomingMessage, res: ServerResponse): void {
  const pathname = pathOf(req);
  // A conditional request may be answered 304 only if the hashes of the version it names are
  // known here (./script-hashes.ts); otherwise Next sends the page again, and it is hashed.
  const validator = req.headers["if-none-match"];
  const kept = validator ? hashesOfEtag(validator) : undefined;
  if (!kept) delete req.headers["if-none-match"];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let held: Buffer[] | null | undefined;

  // Decided when the headers would go out: the status and headers are known then.
  const decide = () => {
    if (held !== undefined) return held;
    if (res.statusCode === 304 && kept) res.setHeader(CSP, contentSecurityPolicy(pathname, { hashes: kept }));
    const policy = String(res.getHeader(CSP) ?? "");
    const html = /^text\/html/.test(String(res.getHeader("content-type") ?? ""));
    if (html && req.method !== "HEAD" && !hasNonce(policy)) return (held = []);
    // The 404 page drops a nonce policy that was not made for it; a HEAD request has no scripts to allow.
    if (!policy) res.setHeader(CSP, contentSecurityPolicy(pathname, { hashes: [] }));
    return (held = null);
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    takeWriteHeadArgs(res, status, rest);
    return decide() ? res : writeHead(status);
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (!decide()) flushHeaders();
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    const body = decide();
    if (!body) return write(chunk, ...rest);
    body.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof res.write;
  res.end = ((chunk: unknown, ...rest: unknown[]) => {
    const body = decide();
    if (!body) return end(chunk, ...rest);
    if (chunk !== undefined && typeof chunk !== "function") body.push(toBuffer(chunk, rest[0]));
    const whole = Buffer.concat(body);
    const encoding = res.getHeader("content-encoding");
    const hashes = scriptHashesOf(whole, encoding ? String(encoding) : undefined);
    const etag = res.getHeader("etag");
    if (etag) rememberHashesOfEtag(String(etag), hashes);
    res.setHeader(CSP, contentSecurityPolicy(pathname, { hashes }));
    res.setHeader("content-length", whole.length);
    res.removeHeader("transfer-encoding");
    writeHead(res.statusCode);
    const callback = [chunk, ...rest].find((arg) => typeof arg === "function");
    return end(whole, callback);
  }) as typeof res.end;
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk ?? ""), (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding);
}
