import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { overLimit } from "@/lib/rate-limit";
import { formLimits, type PublicForm } from "@/lib/registration/form-limits";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(() => dispose());

const SECRET = Buffer.from("test-secret-for-the-limit-keys-0123456789");
const DEFAULTS = parseEnv({});
const t0 = new Date("2027-05-03T08:59:00Z"); // a Monday morning, just before a window ends
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
// 09:00 starts a window of either limit: counts within one window are exact.
const inWindow = (seconds: number) => at(60 + seconds);
const submit = async (by: { ip: string; email: string }, when: Date, form: PublicForm = "register") =>
  (await overLimit(db, SECRET, formLimits(DEFAULTS, form, by), when)).length === 0;

describe("the public forms' limits, with the default configuration", () => {
  it("let 100 colleagues behind one office address in within a few minutes", async () => {
    const results = [];
    for (let i = 0; i < 100; i++) results.push(await submit({ ip: "145.12.0.7", email: `collega-${i}@utrecht.nl` }, at(i * 2.5)));
    expect(results.filter(Boolean)).toHaveLength(100);
  });

  it("stop a script posting hundreds of addresses from one address, also across a window's end", async () => {
    const results = [];
    for (let i = 0; i < 400; i++) results.push(await submit({ ip: "198.51.100.66", email: `bot-${i}@example.com` }, at(i * 0.5)));
    expect(results.slice(0, 150).every(Boolean)).toBe(true);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(150 + 10);
    expect(results.slice(300).some(Boolean)).toBe(false);
  });

  it("count an IPv6 visitor by the /64, so picking new addresses in it does not help", async () => {
    const results = [];
    for (let i = 0; i < 160; i++) results.push(await submit({ ip: `2001:db8:1:2:${i.toString(16)}::1`, email: `v6-${i}@example.com` }, inWindow(i)));
    expect(results.filter(Boolean)).toHaveLength(150);
    expect(await submit({ ip: "2001:db8:1:3::1", email: "ander-netwerk@example.com" }, inWindow(161))).toBe(true);
    // An IPv4-mapped address counts as the IPv4 address it is.
    for (let i = 0; i < 150; i++) await submit({ ip: "192.0.2.44", email: `v4-${i}@example.com` }, inWindow(i));
    expect(await submit({ ip: "::ffff:192.0.2.44", email: "mapped@example.com" }, inWindow(151))).toBe(false);
  });

  it("allow 5 submissions per e-mail address per hour, whatever the IP address", async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await submit({ ip: `203.0.113.${i}`, email: " Anne@Example.nl " }, inWindow(i * 60)));
    expect(results).toEqual([true, true, true, true, true, false, false]);
    expect(await submit({ ip: "203.0.113.99", email: "anne@example.nl" }, inWindow(2 * 3600))).toBe(true);
  });

  it("keep the registration form and the lost-link form apart", async () => {
    for (let i = 0; i < 5; i++) await submit({ ip: "192.0.2.1", email: "anne@example.nl" }, at(i));
    expect(await submit({ ip: "192.0.2.1", email: "anne@example.nl" }, at(10), "lost-link")).toBe(true);
  });

  it("are configurable, and RATE_LIMIT_WINDOW_SECONDS sets both windows unless a per-limit one is given", () => {
    expect(DEFAULTS).toMatchObject({ RATE_LIMIT_PER_IP: 150, RATE_LIMIT_PER_EMAIL: 5, rateLimitWindows: { ip: 600, email: 3600 } });
    expect(parseEnv({ RATE_LIMIT_WINDOW_SECONDS: "60" }).rateLimitWindows).toEqual({ ip: 60, email: 60 });
    expect(parseEnv({ RATE_LIMIT_WINDOW_SECONDS: "60", RATE_LIMIT_EMAIL_WINDOW_SECONDS: "7200" }).rateLimitWindows).toEqual({ ip: 60, email: 7200 });
    expect(() => parseEnv({ RATE_LIMIT_PER_IP: "0" })).toThrow(/RATE_LIMIT_PER_IP/);
  });
});
