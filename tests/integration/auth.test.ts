import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { organiserForSignIn } from "@/lib/auth/sign-in-session";
import { bootstrapOrganisers, changePassword, createOrganiser, FIRST_ORGANISER_EMAIL, removeOrganiser, resetPassword } from "@/lib/auth/organisers";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { listAuditEntries } from "@/lib/data/admin-logs";
import type { Db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(() => dispose());

const now = new Date("2027-05-01T10:00:00Z");
const rules = { attempts: 5, windowSeconds: 900, sessionHours: 8 };
const PASSWORD = "Beheer-CoSIE-2027!";
const SECRET = Buffer.from("test-secret-for-the-limit-keys-0123456789");
const attempt = (email: string, password: string, ip = "192.0.2.7", at = now) => signIn(db, SECRET, { email, password, ip }, at, rules);

describe("signing in", () => {
  beforeEach(() => createOrganiser(db, "Organisator@HU.nl", PASSWORD, now, false));

  it("starts a session stored only as a hash, which ends at its expiry", async () => {
    const result = await attempt("organisator@hu.nl", PASSWORD);
    if (!result.ok) throw new Error("sign-in failed");
    expect(await organiserForSignIn(db, result.token, now)).toMatchObject({ email: "organisator@hu.nl", mustChangePassword: false });
    const stored = await db.adminSession.findFirstOrThrow();
    expect(stored.tokenHash).not.toBe(result.token);
    expect(await organiserForSignIn(db, result.token, new Date(now.getTime() + 8 * 3600_000))).toBeNull();
  });

  it("answers a wrong password and an unknown address the same way", async () => {
    expect(await attempt("organisator@hu.nl", "wrong password!!")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("niemand@hu.nl", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("answers an address with a NUL or another control character as an unknown one, on PostgreSQL too", async () => {
    // PostgreSQL refuses NUL in text, so such an address must never reach a query.
    for (const email of ["\u0000", "organisator@hu.nl\u0000", "organisator\r\n@hu.nl"]) {
      expect(await attempt(email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("checks at most the configured number of passwords when 40 wrong ones arrive at once", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt("organisator@hu.nl", `wrong-password-${i}`)));
    // Every checked password that was wrong is in the audit log: that is the number of hash checks.
    const checked = await db.auditEntry.count({ where: { action: "sign-in-failed" } });
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(rules.attempts);
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(checked);
    expect(results.every((result) => !result.ok)).toBe(true);
  });

  it("limits per address and IP, so an attacker elsewhere does not lock the owner out", async () => {
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    for (let i = 0; i < 5; i++) expect(await attempt("organisator@hu.nl", `wrong-${i}-password`, "198.51.100.1", at(i * 40))).toMatchObject({ reason: "invalid" });
    expect(await attempt("organisator@hu.nl", "wrong-again-password", "198.51.100.1", at(240))).toMatchObject({ ok: false, reason: "limited" });
    // From the owner's own address, after the account's pause, the right password works.
    expect((await attempt("organisator@hu.nl", PASSWORD, "203.0.113.1", at(280))).ok).toBe(true);
  });

  it("makes every account wait longer after each wrong password, up to 30 seconds, from any address", async () => {
    let t = now.getTime();
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      const result = await attempt("organisator@hu.nl", `wrong-${i}-password`, `198.51.100.${i}`, new Date(t));
      expect(result).toEqual({ ok: false, reason: "invalid" });
      const early = await attempt("organisator@hu.nl", PASSWORD, `192.0.2.${i}`, new Date(t));
      if (early.ok) throw new Error("a password was checked during the pause");
      expect(early.reason).toBe("paused");
      waits.push("waitSeconds" in early ? early.waitSeconds : -1);
      t += waits.at(-1)! * 1000;
    }
    expect(waits).toEqual([1, 1, 2, 4, 8, 16, 30, 30, 30]);
    // The right password after the pause: in, and the account starts afresh.
    expect((await attempt("organisator@hu.nl", PASSWORD, "192.0.2.200", new Date(t))).ok).toBe(true);
    expect(await db.signInThrottle.count()).toBe(0);
  });

  it("clears the count of an address and IP when the password is right", async () => {
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    for (let i = 0; i < 4; i++) await attempt("organisator@hu.nl", `wrong-${i}-password`, undefined, at(i * 40));
    expect((await attempt("organisator@hu.nl", PASSWORD, undefined, at(200))).ok).toBe(true);
    for (let i = 0; i < 4; i++) expect(await attempt("organisator@hu.nl", `wrong-${i}-password`, undefined, at(240 + i * 40))).toMatchObject({ reason: "invalid" });
  });

  it("writes sign-ins, failed sign-ins and sign-outs to the audit log, by id", async () => {
    const organiser = await db.organiser.findUniqueOrThrow({ where: { email: "organisator@hu.nl" } });
    await attempt("niemand@hu.nl", "wrong password!!");
    await attempt("organisator@hu.nl", "wrong password!!", "192.0.2.9", new Date(now.getTime() + 2000));
    const result = await attempt("organisator@hu.nl", PASSWORD, "192.0.2.9", new Date(now.getTime() + 4000));
    if (!result.ok) throw new Error("sign-in failed");
    await signOut(db, result.token);
    await signOut(db, result.token);
    const entries = await db.auditEntry.findMany({ orderBy: { createdAt: "asc" }, select: { organiserId: true, action: true, detail: true } });
    expect(entries).toEqual([
      { organiserId: null, action: "sign-in-failed", detail: "{}" },
      { organiserId: organiser.id, action: "sign-in-failed", detail: "{}" },
      { organiserId: organiser.id, action: "signed-in", detail: "{}" },
      { organiserId: organiser.id, action: "signed-out", detail: "{}" },
    ]);
    const shown = (await listAuditEntries(db, 1)).entries.map(({ who, what }) => [who, what]);
    expect(shown).toContainEqual(["onbekend e-mailadres", "Inloggen mislukt"]);
    expect(shown).toContainEqual(["organisator@hu.nl", "Uitgelogd"]);
  });

  it("keeps no address in the limit tables, only HMACs under the server secret", async () => {
    await attempt("organisator@hu.nl", "wrong password!!");
    const buckets = [...(await db.rateLimitCounter.findMany()).map((row) => row.bucket), ...(await db.signInThrottle.findMany()).map((row) => row.key)];
    expect(buckets.length).toBeGreaterThan(0);
    for (const bucket of buckets) expect(bucket).not.toMatch(/hu\.nl|192\.0|organisator/);
    const plainSha = createHash("sha256").update("signin:ip:192.0.2.7").digest("hex");
    expect(buckets.some((bucket) => bucket.startsWith(plainSha))).toBe(false);
  });
});

describe("organiser accounts", () => {
  it("stores a salted scrypt hash, different for the same password", async () => {
    await createOrganiser(db, "a@hu.nl", PASSWORD, now, false);
    await createOrganiser(db, "b@hu.nl", PASSWORD, now, false);
    const [a, b] = await db.organiser.findMany({ orderBy: { email: "asc" } });
    expect(a.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a.passwordHash).not.toBe(b.passwordHash);
    expect(a.passwordHash).not.toContain(PASSWORD);
  });

  it("ADMIN_EMAIL and ADMIN_PASSWORD create the organiser, and never overwrite a password changed since", async () => {
    await bootstrapOrganisers(db, { ADMIN_EMAIL: "beheer@hu.nl", ADMIN_PASSWORD: PASSWORD }, now);
    const organiser = await db.organiser.findUniqueOrThrow({ where: { email: "beheer@hu.nl" } });
    expect(organiser.mustChangePassword).toBe(false);
    await changePassword(db, organiser.id, PASSWORD, "Zelf-Gekozen-Wachtwoord-2027", null, now);
    await bootstrapOrganisers(db, { ADMIN_EMAIL: "beheer@hu.nl", ADMIN_PASSWORD: PASSWORD }, now);
    expect(await db.organiser.count()).toBe(1);
    expect(await attempt("beheer@hu.nl", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await attempt("beheer@hu.nl", "Zelf-Gekozen-Wachtwoord-2027", "192.0.2.7", new Date(now.getTime() + 2000))).ok).toBe(true);
  });

  it("makes a generated password one to change at the first sign-in: first start, and reset", async () => {
    const created = await bootstrapOrganisers(db, {}, now);
    const first = await attempt(FIRST_ORGANISER_EMAIL, created!.password);
    expect(first).toMatchObject({ ok: true, mustChangePassword: true });
    const organiser = await db.organiser.findUniqueOrThrow({ where: { email: FIRST_ORGANISER_EMAIL } });
    expect(await changePassword(db, organiser.id, created!.password, created!.password, null, now)).toMatchObject({ ok: false, field: "next" });
    expect(await changePassword(db, organiser.id, created!.password, "Mijn-Eigen-Wachtwoord-2027", null, now)).toEqual({ ok: true });
    expect((await db.organiser.findUniqueOrThrow({ where: { id: organiser.id } })).mustChangePassword).toBe(false);

    const reset = await resetPassword(db, FIRST_ORGANISER_EMAIL, now);
    expect(reset).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await db.adminSession.count()).toBe(0);
    const later = new Date(now.getTime() + 60_000);
    expect(await attempt(FIRST_ORGANISER_EMAIL, "Mijn-Eigen-Wachtwoord-2027", "192.0.2.7", later)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(FIRST_ORGANISER_EMAIL, reset!, "192.0.2.7", new Date(later.getTime() + 2000))).toMatchObject({ ok: true, mustChangePassword: true });
    expect(await resetPassword(db, "niemand@hu.nl", now)).toBeNull();
  });

  it("creates one organiser with a generated password on a first start without them, and never again", async () => {
    const created = await bootstrapOrganisers(db, {}, now);
    expect(created?.email).toBe(FIRST_ORGANISER_EMAIL);
    expect(created!.password.length).toBeGreaterThanOrEqual(20);
    expect((await attempt(FIRST_ORGANISER_EMAIL, created!.password)).ok).toBe(true);
    expect(await bootstrapOrganisers(db, {}, now)).toBeNull();
    expect(await db.organiser.count()).toBe(1);
  });

  it("refuses to start with a weak ADMIN_PASSWORD, and says why", async () => {
    const start = (ADMIN_PASSWORD: string) => bootstrapOrganisers(db, parseEnv({ ADMIN_EMAIL: "b@hu.nl", ADMIN_PASSWORD }), now);
    await expect(start("kort")).rejects.toThrow(/ADMIN_PASSWORD: is too weak: it is shorter than 12 characters/);
    await expect(start("password1234")).rejects.toThrow(/ADMIN_PASSWORD: is too weak: it is a common/);
    expect(await db.organiser.count()).toBe(0);
    expect(parseEnv({ ADMIN_EMAIL: "b@hu.nl", ADMIN_PASSWORD: PASSWORD }).ADMIN_PASSWORD).toBe(PASSWORD);
  });

  it("changes a password only with the current one, refuses a weak new one, and ends other sessions", async () => {
    await createOrganiser(db, "a@hu.nl", PASSWORD, now, false);
    const organiser = await db.organiser.findFirstOrThrow();
    const here = await attempt("a@hu.nl", PASSWORD);
    const elsewhere = await attempt("a@hu.nl", PASSWORD, "192.0.2.8", new Date(now.getTime() + 2000));
    if (!here.ok || !elsewhere.ok) throw new Error("sign-in failed");

    expect(await changePassword(db, organiser.id, "wrong", "Nog-Een-Sterk-Wachtwoord", here.token, now)).toMatchObject({ ok: false, field: "current" });
    expect(await changePassword(db, organiser.id, PASSWORD, "welkom123456", here.token, now)).toMatchObject({ ok: false, field: "next" });
    expect(await changePassword(db, organiser.id, PASSWORD, "Nog-Een-Sterk-Wachtwoord", here.token, now)).toEqual({ ok: true });

    expect(await organiserForSignIn(db, here.token, now)).not.toBeNull();
    expect(await organiserForSignIn(db, elsewhere.token, now)).toBeNull();
    expect((await attempt("a@hu.nl", "Nog-Een-Sterk-Wachtwoord", "192.0.2.7", new Date(now.getTime() + 4000))).ok).toBe(true);
  });

  it("removes another organiser, but never yourself or the last one", async () => {
    await createOrganiser(db, "a@hu.nl", PASSWORD, now, false);
    await createOrganiser(db, "b@hu.nl", PASSWORD, now, false);
    const [a, b] = await db.organiser.findMany({ orderBy: { email: "asc" } });
    expect(await removeOrganiser(db, a, a.id)).toMatch(/jezelf/);
    expect(await removeOrganiser(db, a, b.id)).toBeNull();
    expect(await db.organiser.count()).toBe(1);
    // The removal and its audit entry are one change.
    expect(await db.auditEntry.findMany({ select: { organiserId: true, action: true, subjectOrganiserId: true } })).toEqual([
      { organiserId: a.id, action: "organiser-removed", subjectOrganiserId: b.id },
    ]);
    await createOrganiser(db, "c@hu.nl", PASSWORD, now, false);
    const c = await db.organiser.findUniqueOrThrow({ where: { email: "c@hu.nl" } });
    await db.organiser.delete({ where: { id: a.id } });
    expect(await removeOrganiser(db, a, c.id)).toMatch(/laatste/);
  });
});
