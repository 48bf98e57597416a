import { createHash } from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, scriptHashesOf } from "@/lib/cli/script-hashes";
import { contentSecurityPolicy, fixedSecurityHeaders } from "@/lib/security-headers";
import { securityTxt } from "@/lib/security-txt";

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("the Content-Security-Policy", () => {
  it("allows inline scripts only by the given nonce or hashes, never unsafe-inline or unsafe-eval", () => {
    const byNonce = contentSecurityPolicy("/admin", { nonce: "abc" });
    expect(byNonce).toContain("script-src 'self' 'nonce-abc';");
    const byHash = contentSecurityPolicy("/", { hashes: ["sha256-x", "sha256-y"] });
    expect(byHash).toContain("script-src 'self' 'sha256-x' 'sha256-y';");
    for (const policy of [byNonce, byHash]) {
      expect(policy).not.toMatch(/unsafe-(inline|eval)/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("object-src 'none'");
    }
  });

  it("lets a form post to the site only, and to Teams on a route listed as leading there", () => {
    expect(contentSecurityPolicy("/sessies/1", { hashes: [] })).toContain("form-action 'self';");
    const toTeams = contentSecurityPolicy("/sessies/1", { hashes: [] }, [/^\/sessies\/\d+$/]);
    expect(toTeams).toContain("form-action 'self' https://teams.microsoft.com https://teams.live.com;");
    expect(contentSecurityPolicy("/project", { hashes: [] }, [/^\/sessies\/\d+$/])).toContain("form-action 'self';");
  });
});

describe("the fixed security headers", () => {
  it("deny camera, microphone and geolocation, and keep nosniff, the referrer policy and no framing", () => {
    expect(fixedSecurityHeaders({ https: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
  });

  it("add HSTS for at least a year only when the site is served over https", () => {
    const hsts = fixedSecurityHeaders({ https: true })["Strict-Transport-Security"];
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  });
});

describe("inline script hashes", () => {
  const html = `<html><head><script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([0])</script></head>
<body><script id="_R_">(globalThis.TURBOPACK ||= []).push("x")</script><script>self.__next_f.push([0])</script></body></html>`;

  it("hash each distinct inline script exactly as written, and skip scripts loaded from a file", () => {
    expect(inlineScriptHashes(html)).toEqual([sha256("self.__next_f.push([0])"), sha256('(globalThis.TURBOPACK ||= []).push("x")')]);
  });

  it("are the same for a body sent compressed as for one sent plain", () => {
    const plain = Buffer.from(html);
    expect(scriptHashesOf(zlib.gzipSync(plain), "gzip")).toEqual(inlineScriptHashes(html));
    expect(scriptHashesOf(zlib.brotliCompressSync(plain), "br")).toEqual(inlineScriptHashes(html));
    expect(scriptHashesOf(plain, undefined)).toEqual(inlineScriptHashes(html));
  });
});

describe("security.txt", () => {
  const now = new Date("2027-03-01T10:00:00Z");

  it("names the contact and expires within a year of the moment it is asked for", () => {
    const text = securityTxt({ contact: "mailto:cosie@example.nl", appUrl: "http://localhost:3000", now });
    expect(text).toContain("Contact: mailto:cosie@example.nl\n");
    expect(text).toContain("Preferred-Languages: nl, en\n");
    const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]);
    expect(expires.getTime()).toBeGreaterThan(now.getTime());
    expect(expires.getTime()).toBeLessThanOrEqual(new Date("2028-03-01T10:00:00Z").getTime());
    expect(text).not.toContain("Canonical");
  });

  it("gives its canonical address only when the site is served over https", () => {
    expect(securityTxt({ contact: "https://hu.nl/security", appUrl: "https://sessies.hu.nl", now })).toContain(
      "Canonical: https://sessies.hu.nl/.well-known/security.txt\n",
    );
  });
});
