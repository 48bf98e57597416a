import { createHash } from "node:crypto";
import zlib from "node:zlib";

// A cached page cannot carry a nonce (that would make Next render it per request), so its inline
// scripts are allowed by hash instead: Next's own bootstrap and the page's data, which change with
// each version of the page. Hashing is memoised by the body as sent, so a page version is parsed
// once, however many times it is served.

const MOST = 100; // a handful of pages and up to 999 sessions, in a few encodings, one version each at a time

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

const decoders: Record<string, (body: Buffer) => Buffer> = {
  gzip: zlib.gunzipSync,
  deflate: zlib.inflateSync,
  br: zlib.brotliDecompressSync,
};

/** The CSP hash sources ("sha256-…") of every inline script in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, script]) => `sha256-${createHash("sha256").update(script, "utf8").digest("base64")}`);
  return [...new Set(hashes)];
}

/** A map that forgets its oldest entry beyond MOST. */
function boundedMap<V>() {
  const map = new Map<string, V>();
  return {
    get: (key: string) => map.get(key),
    set(key: string, value: V) {
      if (!map.has(key) && map.size >= MOST) map.delete(map.keys().next().value!);
      map.set(key, value);
    },
  };
}

const byBody = boundedMap<string[]>();
const byEtag = boundedMap<string[]>();

/** The hashes for a response body as it is sent, compressed or not; parsed once per distinct body. */
export function scriptHashesOf(body: Buffer, contentEncoding: string | undefined): string[] {
  const key = `${contentEncoding ?? ""} ${createHash("sha256").update(body).digest("base64")}`;
  let hashes = byBody.get(key);
  if (!hashes) {
    const decode = contentEncoding ? decoders[contentEncoding] : undefined;
    hashes = inlineScriptHashes((decode ? decode(body) : body).toString("utf8"));
    byBody.set(key, hashes);
  }
  return hashes;
}

// A 304 answer has no body to hash, yet the browser applies its policy to the page it kept; so the
// hashes of each page version sent are also kept by its ETag, the name the browser asks with.
export const rememberHashesOfEtag = (etag: string, hashes: string[]) => byEtag.set(etag, hashes);
export const hashesOfEtag = (etag: string) => byEtag.get(etag);
