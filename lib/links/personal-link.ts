import { createHmac, timingSafeEqual } from "node:crypto";

// A personal link is "<id>.<mac>": the MAC is an HMAC-SHA256 over (purpose, id, version) under the
// server secret. Nothing that opens a link is stored; a link dies with its subject, or when the
// subject's version is raised.

export type LinkPurpose = "manage" | "join" | "receipt";

const FORMAT = /^([a-z0-9]{20,40})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: Buffer, purpose: LinkPurpose, id: string, version: number): Buffer {
  return createHmac("sha256", secret).update(`${purpose}\n${id}\n${version}`).digest();
}

export function signLink(secret: Buffer, purpose: LinkPurpose, id: string, version: number): string {
  return `${id}.${mac(secret, purpose, id, version).toString("base64url")}`;
}

/** The subject id in a link of the right shape, before anything is looked up; null for anything else. */
export function linkSubject(link: string): string | null {
  return FORMAT.exec(link)?.[1] ?? null;
}

// Compared as text, in constant time: the last of 43 base64url characters carries two unused
// bits, so comparing decoded bytes would accept four spellings of one link.
export function sameText(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether the link is exactly the one made for this subject at this version. */
export function linkMatches(secret: Buffer, purpose: LinkPurpose, link: string, version: number): boolean {
  const match = FORMAT.exec(link);
  return match !== null && sameText(match[2], mac(secret, purpose, match[1], version).toString("base64url"));
}

/**
 * A value the server made, put in a URL so it cannot be changed: "<base64url value>.<mac>". For
 * small, non-secret values only (anyone holding the URL can read them).
 */
export function seal(secret: Buffer, purpose: LinkPurpose, value: string): string {
  const encoded = Buffer.from(value, "utf8").toString("base64url");
  return `${encoded}.${createHmac("sha256", secret).update(`${purpose}\n${encoded}`).digest("base64url")}`;
}

/** The value of a sealed string, or null when it was not made by this server for this purpose. */
export function unseal(secret: Buffer, purpose: LinkPurpose, sealed: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/.exec(sealed);
  if (!match) return null;
  const expected = createHmac("sha256", secret).update(`${purpose}\n${match[1]}`).digest("base64url");
  return sameText(match[2], expected) ? Buffer.from(match[1], "base64url").toString("utf8") : null;
}
