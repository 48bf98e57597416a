import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { overLimit, purgeRateLimits } from "@/lib/rate-limit";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(() => dispose());

const t0 = new Date("2027-05-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("rate limits", () => {
  it("allow the configured number of attempts per window, then refuse until the window has passed", async () => {
    const limits = [{ key: "register:ip:192.0.2.1", max: 3 }];
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await overLimit(db, limits, 60, at(i)));
    expect(results).toEqual([false, false, false, true, true]);
    expect(await overLimit(db, limits, 60, at(61))).toBe(false);
  });

  it("count per key, so one address does not block another", async () => {
    await overLimit(db, [{ key: "register:email:a@example.nl", max: 1 }], 60, t0);
    expect(await overLimit(db, [{ key: "register:email:a@example.nl", max: 1 }], 60, t0)).toBe(true);
    expect(await overLimit(db, [{ key: "register:email:b@example.nl", max: 1 }], 60, t0)).toBe(false);
  });

  it("store no address, only a hash, and forget old attempts", async () => {
    await overLimit(db, [{ key: "register:ip:192.0.2.1", max: 3 }], 60, t0);
    const [hit] = await db.rateLimitHit.findMany();
    expect(hit.bucket).toMatch(/^[0-9a-f]{64}$/);
    await purgeRateLimits(db, 60, at(120));
    expect(await db.rateLimitHit.count()).toBe(0);
  });
});
