import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { organiserForSignIn } from "@/lib/auth/sign-in-session";
import { bootstrapOrganisers, changePassword, FIRST_ORGANISER_EMAIL, removeOrganiser, setOrganiser } from "@/lib/auth/organisers";
import { signIn } from "@/lib/auth/sign-in";
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
const attempt = (email: string, password: string, ip = "192.0.2.7", at = now) => signIn(db, { email, password, ip }, at, rules);

describe("signing in", () => {
  beforeEach(() => setOrganiser(db, "Organisator@HU.nl", PASSWORD, now));

  it("starts a session stored only as a hash, which ends at its expiry", async () => {
    const result = await attempt("organisator@hu.nl", PASSWORD);
    if (!result.ok) throw new Error("sign-in failed");
    expect(await organiserForSignIn(db, result.token, now)).toMatchObject({ email: "organisator@hu.nl" });
    const stored = await db.adminSession.findFirstOrThrow();
    expect(stored.tokenHash).not.toBe(result.token);
    expect(await organiserForSignIn(db, result.token, new Date(now.getTime() + 8 * 3600_000))).toBeNull();
  });

  it("answers a wrong password and an unknown address the same way", async () => {
    expect(await attempt("organisator@hu.nl", "wrong password!!")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("niemand@hu.nl", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("stops checking after 5 failures per address, and per IP, for 15 minutes", async () => {
    for (let i = 0; i < 5; i++) await attempt("organisator@hu.nl", `wrong-${i}-password`, `198.51.100.${i}`);
    expect(await attempt("organisator@hu.nl", PASSWORD, "203.0.113.1")).toEqual({ ok: false, reason: "limited" });
    expect((await attempt("organisator@hu.nl", PASSWORD, "203.0.113.1", new Date(now.getTime() + 901_000))).ok).toBe(true);

    for (let i = 0; i < 5; i++) await attempt(`onbekend-${i}@hu.nl`, "wrong password!!", "192.0.2.99");
    expect(await attempt("organisator@hu.nl", PASSWORD, "192.0.2.99")).toEqual({ ok: false, reason: "limited" });
  });
});

describe("organiser accounts", () => {
  it("stores a salted scrypt hash, different for the same password", async () => {
    await setOrganiser(db, "a@hu.nl", PASSWORD, now);
    await setOrganiser(db, "b@hu.nl", PASSWORD, now);
    const [a, b] = await db.organiser.findMany({ orderBy: { email: "asc" } });
    expect(a.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a.passwordHash).not.toBe(b.passwordHash);
    expect(a.passwordHash).not.toContain(PASSWORD);
  });

  it("ADMIN_EMAIL and ADMIN_PASSWORD create the organiser, and update its password on the next start", async () => {
    await bootstrapOrganisers(db, { ADMIN_EMAIL: "beheer@hu.nl", ADMIN_PASSWORD: PASSWORD }, now);
    await bootstrapOrganisers(db, { ADMIN_EMAIL: "beheer@hu.nl", ADMIN_PASSWORD: "Nieuw-Sterk-Wachtwoord-2027" }, now);
    expect(await db.organiser.count()).toBe(1);
    expect((await attempt("beheer@hu.nl", "Nieuw-Sterk-Wachtwoord-2027")).ok).toBe(true);
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
    await setOrganiser(db, "a@hu.nl", PASSWORD, now);
    const organiser = await db.organiser.findFirstOrThrow();
    const here = await attempt("a@hu.nl", PASSWORD);
    const elsewhere = await attempt("a@hu.nl", PASSWORD, "192.0.2.8");
    if (!here.ok || !elsewhere.ok) throw new Error("sign-in failed");

    expect(await changePassword(db, organiser.id, "wrong", "Nog-Een-Sterk-Wachtwoord", here.token, now)).toMatchObject({ ok: false, field: "current" });
    expect(await changePassword(db, organiser.id, PASSWORD, "welkom123456", here.token, now)).toMatchObject({ ok: false, field: "next" });
    expect(await changePassword(db, organiser.id, PASSWORD, "Nog-Een-Sterk-Wachtwoord", here.token, now)).toEqual({ ok: true });

    expect(await organiserForSignIn(db, here.token, now)).not.toBeNull();
    expect(await organiserForSignIn(db, elsewhere.token, now)).toBeNull();
    expect((await attempt("a@hu.nl", "Nog-Een-Sterk-Wachtwoord")).ok).toBe(true);
  });

  it("removes another organiser, but never yourself or the last one", async () => {
    await setOrganiser(db, "a@hu.nl", PASSWORD, now);
    await setOrganiser(db, "b@hu.nl", PASSWORD, now);
    const [a, b] = await db.organiser.findMany({ orderBy: { email: "asc" } });
    expect(await removeOrganiser(db, a, a.id)).toMatch(/jezelf/);
    expect(await removeOrganiser(db, a, b.id)).toBeNull();
    expect(await db.organiser.count()).toBe(1);
    // The removal and its audit entry are one change.
    expect(await db.auditEntry.findMany({ select: { organiserEmail: true, action: true, detail: true } })).toEqual([
      { organiserEmail: "a@hu.nl", action: "organisator verwijderd", detail: "b@hu.nl" },
    ]);
    await setOrganiser(db, "c@hu.nl", PASSWORD, now);
    const c = await db.organiser.findUniqueOrThrow({ where: { email: "c@hu.nl" } });
    await db.organiser.delete({ where: { id: a.id } });
    expect(await removeOrganiser(db, a, c.id)).toMatch(/laatste/);
  });
});
