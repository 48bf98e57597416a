import { createHmac, timingSafeEqual } from "node:crypto";

// A personal link is "<id>.<mac>": the MAC is an HMAC-SHA256 over (purpose, id, version) under the
// server secret. Nothing that opens a link is stored; a link dies with its subject, or when the
// subject's version is raised.

export type LinkPurpose = "manage" | "join";

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

/** Whether the link was made for this subject at this version; compared in constant time. */
export function linkMatches(secret: Buffer, purpose: LinkPurpose, link: string, version: number): boolean {
  const match = FORMAT.exec(link);
  if (!match) return false;
  const given = Buffer.from(match[2], "base64url");
  const expected = mac(secret, purpose, match[1], version);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
