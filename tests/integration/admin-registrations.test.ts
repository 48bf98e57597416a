import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelSignUpByOrganiser, resendMail } from "@/lib/admin/registrations";
import { listAuditEntries } from "@/lib/data/admin-logs";
import { countRegistrations, listRegistrations } from "@/lib/data/admin-registrations";
import { readPayload } from "@/lib/mail/payloads";
import type { Db } from "@/lib/db";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
let s: Awaited<ReturnType<typeof seededSessions>>;

const organiser = { id: "organiser-1" };
const later = (seconds: number) => new Date(BEFORE.getTime() + seconds * 1000);

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  s = await seededSessions(db);
});
afterEach(() => dispose());

async function signUp(email: string, sessions: string[], name: string, organisation: string, createdAt: Date) {
  await register(db, { ...person(email, sessions, name), organisation }, createdAt, RULES);
  // createdAt is the database's clock; pin it so the order under test is not insertion order.
  return db.registrant.update({ where: { emailKey: email }, data: { createdAt }, select: { id: true } });
}

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe("listing and searching registrations", () => {
  beforeEach(async () => {
    // Registered in this order, but Carla's registration is the oldest.
    await signUp("gulsen@example.nl", [s[1].id, s[3].id], "Gülşen Öztürk", "Gemeente Utrecht", later(20));
    await signUp("bert@example.nl", [s[2].id], "Bert Jansen", "Hogeschool Utrecht", later(30));
    await signUp("carla@example.nl", [s[2].id, s[3].id], "Carla Bos", "Gemeente Amersfoort", later(10));
  });

  it("lists everyone in order of registration, each with all their sign-ups", async () => {
    const rows = await listRegistrations(db);
    expect(names(rows)).toEqual(["Carla Bos", "Gülşen Öztürk", "Bert Jansen"]);
    expect(rows[1]).toMatchObject({ email: "gulsen@example.nl", organisation: "Gemeente Utrecht", role: null, createdAt: later(20) });
    expect(rows[1].signUps.map((signUp) => [signUp.number, signUp.status])).toEqual([[1, "confirmed"], [3, "confirmed"]]);
    expect(rows[1].signUps[0]).toMatchObject({ sessionId: s[1].id, title: s[1].title, startsAt: s[1].startsAt, endsAt: s[1].endsAt });
  });

  it("finds people whatever the case or accents, on every word of the query", async () => {
    expect(names(await listRegistrations(db, { query: "GÜLSEN utrecht" }))).toEqual(["Gülşen Öztürk"]);
    expect(names(await listRegistrations(db, { query: "gulsen  ozturk" }))).toEqual(["Gülşen Öztürk"]);
    expect(names(await listRegistrations(db, { query: "Utrecht" }))).toEqual(["Gülşen Öztürk", "Bert Jansen"]);
    expect(names(await listRegistrations(db, { query: "gemeente" }))).toEqual(["Carla Bos", "Gülşen Öztürk"]);
    expect(names(await listRegistrations(db, { query: "BERT@example" }))).toEqual(["Bert Jansen"]);
    expect(names(await listRegistrations(db, { query: "gulsen amersfoort" }))).toEqual([]);
    expect(names(await listRegistrations(db, { query: "   " }))).toHaveLength(3);
  });

  it("takes %, _ and \\ in a query literally, not as wildcards", async () => {
    await signUp("d_jong@example.nl", [s[1].id], "Daan de Jong", "Gemeente Utrecht", later(50));
    expect(names(await listRegistrations(db, { query: "d_jong" }))).toEqual(["Daan de Jong"]);
    expect(names(await listRegistrations(db, { query: "_" }))).toEqual(["Daan de Jong"]);
    expect(await listRegistrations(db, { query: "%" })).toEqual([]);
    expect(await listRegistrations(db, { query: "d%jong" })).toEqual([]);
    expect(await listRegistrations(db, { query: "b_rt" })).toEqual([]);
    expect(await listRegistrations(db, { query: "\\" })).toEqual([]);
  });

  it("reads a control character in a query as a space, so a NUL finds the words around it (PostgreSQL refuses NUL)", async () => {
    expect(names(await listRegistrations(db, { query: "gulsen\u0000utrecht" }))).toEqual(["Gülşen Öztürk"]);
    expect(await countRegistrations(db, { query: "\u0000" })).toBe(3);
  });

  it("with a session, lists only the people signed up for it, cancelled ones too, that sign-up first", async () => {
    const carla = await db.registrant.findUniqueOrThrow({ where: { emailKey: "carla@example.nl" } });
    await cancelOwnSignUps(db, carla.id, "all", later(40), RULES);

    const rows = await listRegistrations(db, { sessionId: s[3].id });
    expect(names(rows)).toEqual(["Carla Bos", "Gülşen Öztürk"]);
    expect(rows.map((row) => [row.signUps[0].number, row.signUps[0].status])).toEqual([[3, "cancelled"], [3, "confirmed"]]);
    expect(rows[1].signUps.map((signUp) => signUp.number)).toEqual([3, 1]);
    expect(names(await listRegistrations(db, { sessionId: s[3].id, query: "utrecht" }))).toEqual(["Gülşen Öztürk"]);
  });
});

describe("an organiser cancelling a sign-up", () => {
  beforeEach(async () => {
    await db.session.update({ where: { id: s[4].id }, data: { capacity: 1 } });
    await signUp("a@example.nl", [s[4].id], "Anne", "Gemeente Utrecht", BEFORE);
    await signUp("b@example.nl", [s[4].id], "Bert", "Gemeente Utrecht", later(1));
  });
  const signUpOf = (email: string) => db.signUp.findFirstOrThrow({ where: { registrant: { emailKey: email }, sessionId: s[4].id } });

  it("frees the place, moves the waiting list up, mails both and writes one audit entry", async () => {
    const anne = await signUpOf("a@example.nl");
    expect(await cancelSignUpByOrganiser(db, organiser, anne.id, later(60), RULES)).toBe(true);

    expect((await signUpOf("a@example.nl")).status).toBe("cancelled");
    expect((await signUpOf("b@example.nl")).status).toBe("confirmed");
    const mails = await db.outboxMail.findMany({ where: { kind: { in: ["cancellation", "moved-up"] } } });
    expect(mails.map((mail) => [mail.kind, mail.recipient]).sort()).toEqual([
      ["cancellation", "a@example.nl"],
      ["moved-up", "b@example.nl"],
    ]);
    // The payload is read with its kind's schema; the calendar sequence is fixed in it when queued.
    const payload = readPayload("cancellation", mails.find((mail) => mail.kind === "cancellation")!.payload);
    expect(payload).toEqual({ signUps: [{ signUpId: anne.id, sequence: expect.any(Number) }], reason: "organiser", manageLink: 1 });
    const entries = await db.auditEntry.findMany();
    expect(entries).toEqual([
      expect.objectContaining({ organiserId: organiser.id, action: "sign-up-cancelled", registrantId: anne.registrantId, sessionId: s[4].id }),
    ]);
    // The log stores ids; it shows the name while the person exists, and no name once they are gone.
    expect(entries[0].detail).not.toMatch(/@|Anne/);
    const shown = async () => (await listAuditEntries(db, 1)).entries[0];
    expect(await shown()).toMatchObject({ what: "Aanmelding geannuleerd", details: `Anne, voor sessie 4 (${s[4].title}). Was aangemeld.` });
    await db.registrant.delete({ where: { id: anne.registrantId } });
    expect((await shown()).details).toBe(`verwijderde deelnemer, voor sessie 4 (${s[4].title}). Was aangemeld.`);
  });

  it("changes nothing for a sign-up that is already cancelled, unknown, or for a session that has started", async () => {
    const anne = await signUpOf("a@example.nl");
    await cancelSignUpByOrganiser(db, organiser, anne.id, later(60), RULES);
    expect(await cancelSignUpByOrganiser(db, organiser, anne.id, later(61), RULES)).toBe(false);
    expect(await cancelSignUpByOrganiser(db, organiser, "c000000000000000000000000", later(61), RULES)).toBe(false);
    const bert = await signUpOf("b@example.nl");
    const during = new Date(s[4].startsAt.getTime() + 1000);
    expect(await cancelSignUpByOrganiser(db, organiser, bert.id, during, RULES)).toBe(false);

    expect((await signUpOf("b@example.nl")).status).toBe("confirmed");
    expect(await db.auditEntry.count()).toBe(1);
    expect(await db.outboxMail.count({ where: { kind: "cancellation" } })).toBe(1);
  });
});

describe("resending a person's mail", () => {
  it("queues a new confirmation mail each time, and writes an audit entry", async () => {
    const anne = await signUp("anne@example.nl", [s[1].id], "Anne", "Gemeente Utrecht", BEFORE);
    expect(await resendMail(db, organiser, anne.id, later(60))).toBe(true);
    expect(await resendMail(db, organiser, anne.id, later(61))).toBe(true);

    const confirmations = await db.outboxMail.findMany({ where: { kind: "confirmation" }, orderBy: { createdAt: "asc" } });
    expect(confirmations).toHaveLength(3);
    for (const mail of confirmations.slice(1)) {
      expect(mail).toMatchObject({ recipient: "anne@example.nl", registrantId: anne.id, status: "pending", nextAttemptAt: expect.any(Date) });
      expect(mail.dedupeKey).toMatch(new RegExp(`^confirmation:${anne.id}:resend:[0-9a-f-]{36}$`));
    }
    const entries = await db.auditEntry.findMany();
    expect(entries.map((entry) => [entry.organiserId, entry.action, entry.registrantId])).toEqual([
      [organiser.id, "confirmation-resent", anne.id],
      [organiser.id, "confirmation-resent", anne.id],
    ]);
    expect((await listAuditEntries(db, 1)).entries[0]).toMatchObject({ what: "Bevestiging opnieuw verstuurd", details: "Aan Anne." });
  });

  it("queues nothing for a person without a sign-up for a coming session, or an unknown person", async () => {
    const anne = await signUp("anne@example.nl", [s[1].id], "Anne", "Gemeente Utrecht", BEFORE);
    await cancelOwnSignUps(db, anne.id, "all", later(1), RULES);
    expect(await resendMail(db, organiser, anne.id, later(60))).toBe(false);
    expect(await resendMail(db, organiser, "c000000000000000000000000", later(60))).toBe(false);
    expect(await db.outboxMail.count({ where: { kind: "confirmation" } })).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });
});
