import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { promisify } from "node:util";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: ScryptOptions) => Promise<Buffer>;

// OWASP's scrypt minimum (N=2^17, r=8, p=1) costs 128 MiB of memory per hash.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEY_LENGTH, { ...PARAMS, maxmem: 256 * 1024 * 1024 });
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), hash.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt") return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}

/** Verifies against a throwaway hash, so an unknown address takes as long as a wrong password. */
export const DUMMY_HASH = "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export const MIN_PASSWORD_LENGTH = 12;

const zxcvbn = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
const commonPasswords = new Set(common.dictionary["passwords-common"] as string[]);

/** Why a password is too weak, or null when it will do. */
export function weakPassword(password: string): "short" | "common" | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "short";
  if (commonPasswords.has(password.toLowerCase()) || zxcvbn.check(password).score < 3) return "common";
  return null;
}

export const WEAK_PASSWORD_NL = {
  short: `Het wachtwoord is te kort. Gebruik minstens ${MIN_PASSWORD_LENGTH} tekens.`,
  common: "Dit wachtwoord wordt veel gebruikt of is makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.",
};
