import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { overLimit, purgeRateLimits, type Limit } from "@/lib/rate-limit";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(() => dispose());

const SECRET = Buffer.from("test-secret-for-the-limit-keys-0123456789");
// At the start of a window, so the previous window weighs in fully where a test wants it to.
const t0 = new Date(Math.ceil(new Date("2027-05-01T10:00:00Z").getTime() / 600_000) * 600_000);
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const over = async (limits: Limit[], when: Date) => (await overLimit(db, SECRET, limits, when)).length > 0;

describe("rate limits", () => {
  it("allow the configured number of attempts per window, then refuse until the window has passed", async () => {
    const limits = [{ key: "register:ip:192.0.2.1", max: 3, windowSeconds: 60 }];
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await over(limits, at(i)));
    expect(results).toEqual([false, false, false, true, true]);
    // The previous window still weighs in by its overlap, then not at all.
    expect(await over(limits, at(61))).toBe(true);
    expect(await over(limits, at(125))).toBe(false);
  });

  it("count per key, so one address does not block another, and say which limit is over", async () => {
    const a = { key: "register:email:a@example.nl", max: 1, windowSeconds: 3600 };
    const b = { key: "register:email:b@example.nl", max: 1, windowSeconds: 3600 };
    await over([a], t0);
    expect(await overLimit(db, SECRET, [a, b], t0)).toEqual([a]);
  });

  it("hold under concurrency: of 60 attempts at once against a limit of 25, exactly 25 get through", async () => {
    const limit = { key: "register:ip:203.0.113.9", max: 25, windowSeconds: 600 };
    const results = await Promise.all(Array.from({ length: 60 }, () => over([limit], at(5))));
    expect(results.filter((limited) => !limited)).toHaveLength(25);
  });

  it("store no address, only an HMAC under the server secret, and forget old windows", async () => {
    await over([{ key: "register:ip:192.0.2.1", max: 3, windowSeconds: 60 }], t0);
    const [row] = await db.rateLimitCounter.findMany();
    expect(row.bucket).toMatch(/^[0-9a-f]{64}:\d+$/);
    expect(row.bucket).not.toContain(createHash("sha256").update("register:ip:192.0.2.1").digest("hex"));
    await purgeRateLimits(db, at(119));
    expect(await db.rateLimitCounter.count()).toBe(1);
    await purgeRateLimits(db, at(120));
    expect(await db.rateLimitCounter.count()).toBe(0);
  });
});
