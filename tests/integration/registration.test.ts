import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
let s: Awaited<ReturnType<typeof seededSessions>>;

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  s = await seededSessions(db);
});
afterEach(() => dispose());

const outbox = () => db.outboxMail.findMany({ orderBy: { createdAt: "asc" } });

describe("registering", () => {
  it("stores one registrant, one sign-up per session and one confirmation mail, all at once", async () => {
    const result = await register(db, person("anne@example.nl", [s[1].id, s[2].id]), BEFORE, RULES);
    expect(result).toMatchObject({ ok: true, sessions: [{ status: "confirmed" }, { status: "confirmed" }] });
    expect(await db.registrant.count()).toBe(1);
    expect(await db.signUp.count({ where: { status: "confirmed" } })).toBe(2);
    expect((await outbox()).map((mail) => [mail.kind, mail.recipient, mail.status])).toEqual([
      ["confirmation", "anne@example.nl", "pending"],
    ]);
  });

  it("matches a known address whatever its case or spacing, and keeps the stored name and organisation", async () => {
    await register(db, person("Anne@Example.nl", [s[1].id]), BEFORE, RULES);
    const again = await register(
      db,
      { ...person("ANNE@example.NL", [s[1].id, s[3].id], "Iemand Anders"), organisation: "Ander bedrijf" },
      BEFORE,
      RULES,
    );
    expect(again.ok).toBe(true);
    const registrants = await db.registrant.findMany({ include: { signUps: true } });
    expect(registrants).toHaveLength(1);
    expect(registrants[0]).toMatchObject({ name: "Anne de Vries", organisation: "Gemeente Utrecht", email: "Anne@Example.nl" });
    expect(registrants[0].signUps.map((signUp) => signUp.sessionId).sort()).toEqual([s[1].id, s[3].id].sort());
    expect((await outbox()).filter((mail) => mail.kind === "confirmation")).toHaveLength(2);
  });

  it("refuses a session that has started, and writes nothing at all", async () => {
    const during = new Date(s[2].startsAt.getTime() + 60_000);
    const result = await register(db, person("bert@example.nl", [s[3].id, s[2].id]), during, RULES);
    expect(result).toEqual({ ok: false, field: "sessions", message: expect.stringContaining("al begonnen") });
    expect(await db.registrant.count()).toBe(0);
    expect(await db.signUp.count()).toBe(0);
    expect(await db.outboxMail.count()).toBe(0);
  });

  it("refuses an unknown session id and a cancelled session, each with its own message", async () => {
    const unknown = await register(db, person("c@example.nl", ["c000000000000000000000000"]), BEFORE, RULES);
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining("bestaat niet") });
    await db.session.update({ where: { id: s[4].id }, data: { cancelledAt: BEFORE } });
    const cancelled = await register(db, person("c@example.nl", [s[4].id]), BEFORE, RULES);
    expect(cancelled).toMatchObject({ ok: false, message: expect.stringContaining("gaat niet door") });
    expect(await db.registrant.count()).toBe(0);
  });
});

describe("capacity and the waiting list", () => {
  beforeEach(async () => {
    await db.session.update({ where: { id: s[4].id }, data: { capacity: 1 } });
  });

  it("puts sign-ups for a full session on the waiting list, in order of sign-up", async () => {
    await register(db, person("a@example.nl", [s[4].id]), BEFORE, RULES);
    const second = await register(db, person("b@example.nl", [s[4].id]), new Date(BEFORE.getTime() + 1000), RULES);
    const third = await register(db, person("c@example.nl", [s[4].id]), new Date(BEFORE.getTime() + 2000), RULES);
    expect(second).toMatchObject({ ok: true, sessions: [{ status: "waitlisted" }] });
    expect(third).toMatchObject({ ok: true, sessions: [{ status: "waitlisted" }] });
    expect(await db.signUp.count({ where: { sessionId: s[4].id, status: "confirmed" } })).toBe(1);
  });

  it("moves the first on the list up when a place frees, and mails them", async () => {
    await register(db, person("a@example.nl", [s[4].id]), BEFORE, RULES);
    await register(db, person("b@example.nl", [s[4].id]), new Date(BEFORE.getTime() + 1000), RULES);
    await register(db, person("c@example.nl", [s[4].id]), new Date(BEFORE.getTime() + 2000), RULES);
    const a = await db.registrant.findUniqueOrThrow({ where: { emailKey: "a@example.nl" } });

    const cancelled = await cancelOwnSignUps(db, a.id, "all", new Date(BEFORE.getTime() + 3000), RULES);
    expect(cancelled).toHaveLength(1);

    const statuses = await db.signUp.findMany({
      where: { sessionId: s[4].id },
      select: { status: true, registrant: { select: { email: true } } },
      orderBy: { requestedAt: "asc" },
    });
    expect(statuses.map((row) => [row.registrant.email, row.status])).toEqual([
      ["a@example.nl", "cancelled"],
      ["b@example.nl", "confirmed"],
      ["c@example.nl", "waitlisted"],
    ]);
    const mails = (await outbox()).map((mail) => [mail.kind, mail.recipient]);
    expect(mails).toContainEqual(["cancellation", "a@example.nl"]);
    expect(mails).toContainEqual(["moved-up", "b@example.nl"]);
    expect(mails.filter(([kind]) => kind === "moved-up")).toHaveLength(1);
  });

  it("lets a newcomer wait behind the people already waiting, even when a place is free", async () => {
    await register(db, person("a@example.nl", [s[4].id]), BEFORE, RULES);
    await register(db, person("b@example.nl", [s[4].id]), BEFORE, RULES);
    // An organiser raises the capacity without moving the list up (that is the admin's job).
    await db.session.update({ where: { id: s[4].id }, data: { capacity: 2 } });
    const late = await register(db, person("c@example.nl", [s[4].id]), BEFORE, RULES);
    expect(late).toMatchObject({ ok: true, sessions: [{ status: "waitlisted" }] });
  });

  it("a second sign-up by someone already on the list changes nothing", async () => {
    await register(db, person("a@example.nl", [s[4].id]), BEFORE, RULES);
    await register(db, person("b@example.nl", [s[4].id]), BEFORE, RULES);
    const before = await db.signUp.findFirstOrThrow({ where: { status: "waitlisted" } });
    await register(db, person("b@example.nl", [s[4].id]), new Date(BEFORE.getTime() + 5000), RULES);
    const after = await db.signUp.findFirstOrThrow({ where: { id: before.id } });
    expect(after.requestedAt).toEqual(before.requestedAt);
    expect(after.status).toBe("waitlisted");
  });
});

describe("cancelling", () => {
  it("a person can cancel one session, then sign up for it again at the back of the queue", async () => {
    await register(db, person("a@example.nl", [s[1].id, s[2].id]), BEFORE, RULES);
    const a = await db.registrant.findUniqueOrThrow({ where: { emailKey: "a@example.nl" }, include: { signUps: true } });
    const first = a.signUps.find((signUp) => signUp.sessionId === s[1].id)!;
    expect(await cancelOwnSignUps(db, a.id, [first.id], BEFORE, RULES)).toEqual([first.id]);
    expect(await cancelOwnSignUps(db, a.id, [first.id], BEFORE, RULES)).toEqual([]);

    const later = new Date(BEFORE.getTime() + 60_000);
    await register(db, person("a@example.nl", [s[1].id]), later, RULES);
    const again = await db.signUp.findUniqueOrThrow({ where: { id: first.id } });
    expect(again).toMatchObject({ status: "confirmed", cancelledAt: null, requestedAt: later });
  });

  it("cannot cancel another person's sign-up or a session that has started", async () => {
    await register(db, person("a@example.nl", [s[1].id]), BEFORE, RULES);
    await register(db, person("b@example.nl", [s[2].id]), BEFORE, RULES);
    const [a, b] = await db.registrant.findMany({ orderBy: { email: "asc" }, include: { signUps: true } });
    expect(await cancelOwnSignUps(db, a.id, [b.signUps[0].id], BEFORE, RULES)).toEqual([]);
    const during = new Date(s[1].startsAt.getTime() + 1000);
    expect(await cancelOwnSignUps(db, a.id, "all", during, RULES)).toEqual([]);
    expect(await db.signUp.count({ where: { status: "cancelled" } })).toBe(0);
  });
});
