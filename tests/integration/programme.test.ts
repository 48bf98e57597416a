import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copySeries, publishSeries } from "@/lib/admin/series";
import { addSession, moveSession, removeSession, HAD_SIGN_UPS } from "@/lib/admin/session-lifecycle";
import type { SessionInput } from "@/lib/admin/session-form";
import { updateSession } from "@/lib/admin/sessions";
import { listAuditEntries } from "@/lib/data/admin-logs";
import { querySession, queryProgramme, toProgramme } from "@/lib/data/programme";
import { listSeries } from "@/lib/data/series-list";
import type { Db } from "@/lib/db";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { PAST_SERIES } from "@/lib/series/state";
import { amsterdamInstant, toAmsterdamLocalInput } from "@/lib/time";
import { BEFORE, person, RULES, seededSessions, YEAR } from "../support/fixtures";
import { freshDatabase } from "../support/test-db";

const ORGANISER = { id: "organiser-1" };

let db: Db;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(async () => {
  await dispose();
});

const fifth = (overrides: Partial<SessionInput> = {}): SessionInput => ({
  phase: "evalueren",
  title: "Terugblik en vooruitblik",
  summary: null,
  description: "Wat hebben we geleerd?",
  speakerName: "Ria Jansen",
  speakerRole: "Lector",
  speakerOrganisation: "Hogeschool Utrecht",
  capacity: 50,
  startsAt: amsterdamInstant(YEAR, 6, 30, 13, 30),
  endsAt: amsterdamInstant(YEAR, 6, 30, 14, 30),
  teamsUrl: null,
  ...overrides,
});

async function programme() {
  return toProgramme((await queryProgramme(db))!);
}

describe("adding a session", () => {
  it("puts it at the end of the public programme under a new number, and visitors can sign up for it", async () => {
    await seededSessions(db);
    const added = await addSession(db, ORGANISER, fifth(), null);
    expect(added.ok).toBe(true);
    const sessions = (await programme()).sessions;
    expect(sessions.map((session) => [session.position, session.number])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]);
    expect(sessions[4].title).toBe("Terugblik en vooruitblik");
    const signed = await register(db, person("anne@example.nl", [sessions[4].id]), BEFORE, RULES);
    expect(signed.ok).toBe(true);
    expect((await listAuditEntries(db, 1)).entries.map((entry) => entry.what)).toContain("Sessie toegevoegd");
  });

  it("refuses an end before the start, and writes nothing", async () => {
    await seededSessions(db);
    const refused = await addSession(db, ORGANISER, fifth({ endsAt: amsterdamInstant(YEAR, 6, 30, 13, 0) }), null);
    expect(refused).toMatchObject({ ok: false, errors: { endsAt: expect.stringContaining("eindigen na het begin") } });
    expect(await db.session.count()).toBe(4);
  });
});

describe("removing a session", () => {
  it("works for a session nobody ever signed up for, and closes the gap in the order without changing any address", async () => {
    const seeded = await seededSessions(db);
    expect(await removeSession(db, ORGANISER, seeded[2].id)).toEqual({ ok: true, title: seeded[2].title });
    const sessions = (await programme()).sessions;
    expect(sessions.map((session) => [session.position, session.number])).toEqual([[1, 1], [2, 3], [3, 4]]);
    expect((await querySession(db, 3))?.id).toBe(seeded[3].id);
    expect(await querySession(db, 2)).toBeNull();
  });

  it("is refused once anyone signed up, even if they cancelled: such a session can only be cancelled", async () => {
    const seeded = await seededSessions(db);
    await register(db, person("anne@example.nl", [seeded[1].id]), BEFORE, RULES);
    const signUp = await db.signUp.findFirstOrThrow({ where: { sessionId: seeded[1].id } });
    await cancelOwnSignUps(db, signUp.registrantId, "all", BEFORE, RULES);
    expect(await removeSession(db, ORGANISER, seeded[1].id)).toEqual({ ok: false, error: HAD_SIGN_UPS });
    expect(await db.session.count()).toBe(4);
  });
});

describe("reordering", () => {
  it("changes the order and the labels, never the addresses that mails and calendar files carry", async () => {
    const seeded = await seededSessions(db);
    expect(await moveSession(db, ORGANISER, seeded[4].id, "up")).toEqual({ ok: true });
    expect(await moveSession(db, ORGANISER, seeded[4].id, "up")).toEqual({ ok: true });
    const sessions = (await programme()).sessions;
    expect(sessions.map((session) => session.number)).toEqual([1, 4, 2, 3]);
    expect(sessions.map((session) => session.position)).toEqual([1, 2, 3, 4]);
    for (const number of [1, 2, 3, 4]) expect((await querySession(db, number))?.id).toBe(seeded[number].id);
    // The first cannot go higher: nothing changes.
    await moveSession(db, ORGANISER, seeded[1].id, "up");
    expect((await programme()).sessions.map((session) => session.number)).toEqual([1, 4, 2, 3]);
  });
});

describe("a new series", () => {
  it("copies every session the chosen number of weeks later at the same Amsterdam time, across a change to winter time", async () => {
    const seeded = await seededSessions(db);
    const source = await db.series.findFirstOrThrow();
    // June (summer time, UTC+2) plus 22 weeks is November (winter time, UTC+1).
    const copied = await copySeries(db, ORGANISER, source.id, 22, BEFORE);
    if (!copied.ok) throw new Error(copied.error);
    const copies = await db.session.findMany({ where: { seriesId: copied.id }, orderBy: { number: "asc" } });
    expect(copies).toHaveLength(4);
    for (const copy of copies) {
      const original = seeded[copy.number];
      expect(toAmsterdamLocalInput(copy.startsAt).slice(11)).toBe("13:30");
      expect(toAmsterdamLocalInput(copy.endsAt).slice(11)).toBe("14:30");
      // One hour more than 22 × 7 × 24 hours in UTC: the clocks went back once.
      expect(copy.startsAt.getTime() - original.startsAt.getTime()).toBe((22 * 7 * 24 + 1) * 3600_000);
      expect(copy.teamsUrl).toBeNull();
    }
    expect(toAmsterdamLocalInput(copies[0].startsAt).slice(5, 7)).toBe("11");
  });

  it("is a draft nobody sees or signs up for until it is published; then the old one is past and read-only", async () => {
    const seeded = await seededSessions(db);
    const source = await db.series.findFirstOrThrow();
    const copied = await copySeries(db, ORGANISER, source.id, 52, BEFORE);
    if (!copied.ok) throw new Error(copied.error);
    const draftSession = await db.session.findFirstOrThrow({ where: { seriesId: copied.id, number: 1 } });

    expect((await programme()).sessions[0].id).toBe(seeded[1].id);
    expect(await register(db, person("anne@example.nl", [draftSession.id]), BEFORE, RULES)).toMatchObject({ ok: false });
    expect((await listSeries(db)).map((series) => series.state).sort()).toEqual(["draft", "public"]);

    expect(await publishSeries(db, ORGANISER, copied.id, BEFORE)).toEqual({ ok: true });
    expect((await programme()).sessions[0].id).toBe(draftSession.id);
    expect((await listSeries(db)).map((series) => series.state).sort()).toEqual(["past", "public"]);
    expect(await register(db, person("anne@example.nl", [draftSession.id]), BEFORE, RULES)).toMatchObject({ ok: true });

    const edit = await updateSession(db, ORGANISER, seeded[1].id, { ...fifth(), title: "Nieuwe titel" }, BEFORE, RULES);
    expect(edit).toEqual({ ok: false, errors: { form: PAST_SERIES } });
    expect(await moveSession(db, ORGANISER, seeded[2].id, "up")).toEqual({ ok: false, error: PAST_SERIES });
    expect(await removeSession(db, ORGANISER, seeded[2].id)).toEqual({ ok: false, error: PAST_SERIES });
    expect(await publishSeries(db, ORGANISER, copied.id, BEFORE)).toEqual({ ok: false, reason: "published" });
  });
});
