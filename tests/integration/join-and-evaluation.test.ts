import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { joinSession } from "@/lib/attendance/join";
import { getAttendance } from "@/lib/data/attendance";
import { getJoinPage } from "@/lib/data/join-page";
import { getEvaluationSummary, listEvaluationAnswers } from "@/lib/data/evaluations";
import type { Db } from "@/lib/db";
import { answerEvaluation, evaluationRefusal } from "@/lib/evaluation/answer";
import { evaluationSchema } from "@/lib/evaluation/form-schema";
import { joinPath, openJoinLink } from "@/lib/links/join-link";
import { signLink } from "@/lib/links/personal-link";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { purgePersonalData } from "@/lib/registration/retention";
import { joinPhase } from "@/lib/session-timeline";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { freshDatabase } from "../support/test-db";

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_join%40thread.v2/0";
const SECRET = Buffer.from("a fixed test secret for join links, 32+ characters");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const noMailCopies = { forget: async () => {} };

let db: Db;
let dispose: () => Promise<void>;
let s: Awaited<ReturnType<typeof seededSessions>>;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  s = await seededSessions(db);
  await db.session.update({ where: { id: s[1].id }, data: { teamsUrl: TEAMS } });
});
afterEach(() => dispose());

const start = () => s[1].startsAt;
const end = () => s[1].endsAt;
const at = (offsetMs: number, from = start()) => new Date(from.getTime() + offsetMs);

async function signUp(email: string, sessionId = s[1].id) {
  await register(db, person(email, [sessionId]), BEFORE, RULES);
  return db.signUp.findFirstOrThrow({ where: { sessionId, registrant: { emailKey: email } } });
}
const linkOf = (signUpId: string) => joinPath(SECRET, signUpId).slice("/deelnemen/".length);
const answer = (fields: Record<string, string>) => evaluationSchema.parse(fields);

describe("a join link", () => {
  it("opens its own sign-up until the evaluation closes, 14 days after the session, and nothing else", async () => {
    const anne = await signUp("anne@example.nl");
    const link = linkOf(anne.id);
    expect(await openJoinLink(db, SECRET, link, BEFORE)).toBe(anne.id);
    expect(await openJoinLink(db, SECRET, link, at(14 * DAY - MINUTE, end()))).toBe(anne.id);
    expect(await openJoinLink(db, SECRET, link, at(14 * DAY, end()))).toBeNull();
    // The evaluation page alone still opens it then, to say kindly that it has closed.
    expect(await openJoinLink(db, SECRET, link, at(14 * DAY, end()), { afterClosing: true })).toBe(anne.id);
    expect(await openJoinLink(db, SECRET, `${link.slice(0, -1)}${link.endsWith("A") ? "B" : "A"}`, at(14 * DAY, end()), { afterClosing: true })).toBeNull();
    // Another purpose's link for the same id, a changed MAC, a foreign secret, a malformed one.
    expect(await openJoinLink(db, SECRET, signLink(SECRET, "manage", anne.id, 1), BEFORE)).toBeNull();
    expect(await openJoinLink(db, SECRET, `${link.slice(0, -1)}${link.endsWith("A") ? "B" : "A"}`, BEFORE)).toBeNull();
    expect(await openJoinLink(db, Buffer.from("another secret, also more than 32 chars"), link, BEFORE)).toBeNull();
    expect(await openJoinLink(db, SECRET, "../../admin", BEFORE)).toBeNull();
  });
});

describe("the join page", () => {
  it("shows the session ahead, then the way in from JOIN_OPENS_MINUTES before the start, then what came after", async () => {
    const anne = await signUp("anne@example.nl");
    const phase = (now: Date) => joinPhase(s[1], now, RULES);
    expect(phase(at(-31 * MINUTE))).toBe("before");
    expect(phase(at(-30 * MINUTE))).toBe("open");
    expect(phase(at(-MINUTE, end()))).toBe("open");
    expect(phase(end())).toBe("ended");
    expect(joinPhase(s[1], at(-100 * MINUTE), { ...RULES, joinOpensMinutes: 120 })).toBe("open");

    const page = (await getJoinPage(db, anne.id, at(-31 * MINUTE)))!;
    expect(page).toMatchObject({ status: "confirmed", joined: false, evaluated: false, session: { title: s[1].title, hasTeamsLink: true, cancelled: false } });
    expect(page.joinTips.length).toBeGreaterThan(0);
    expect(page.next).toBeNull();
    // After the session, who missed it sees where to go next.
    expect((await getJoinPage(db, anne.id, at(MINUTE, end())))!.next).toMatchObject({ number: 2 });
  });

  it("knows a place that is gone and a session called off", async () => {
    const anne = await signUp("anne@example.nl");
    await cancelOwnSignUps(db, anne.registrantId, "all", BEFORE, RULES);
    expect((await getJoinPage(db, anne.id, BEFORE))!.status).toBe("cancelled");
    const bert = await signUp("bert@example.nl", s[2].id);
    await db.session.update({ where: { id: s[2].id }, data: { cancelledAt: BEFORE } });
    expect((await getJoinPage(db, bert.id, BEFORE))!.session.cancelled).toBe(true);
  });

  it("is only read by a visit: opening it records nothing", async () => {
    const anne = await signUp("anne@example.nl");
    for (let i = 0; i < 3; i++) await getJoinPage(db, anne.id, at(-5 * MINUTE));
    await openJoinLink(db, SECRET, linkOf(anne.id), at(-5 * MINUTE));
    expect((await db.signUp.findUniqueOrThrow({ where: { id: anne.id } })).joinedAt).toBeNull();
  });
});

describe("going to Teams (the POST)", () => {
  it("records 'joined' the first time only, and gives the session's current Teams link", async () => {
    const anne = await signUp("anne@example.nl");
    expect(await joinSession(db, anne.id, at(-10 * MINUTE), RULES)).toEqual({ ok: true, teamsUrl: TEAMS });
    await joinSession(db, anne.id, at(5 * MINUTE), RULES);
    await Promise.all([joinSession(db, anne.id, at(6 * MINUTE), RULES), joinSession(db, anne.id, at(6 * MINUTE), RULES)]);
    expect((await db.signUp.findUniqueOrThrow({ where: { id: anne.id } })).joinedAt).toEqual(at(-10 * MINUTE));
    expect((await getAttendance(db, [s[1].id])).get(s[1].id)).toEqual({ registered: 1, joined: 1, notJoined: 0 });
  });

  it("refuses before it opens, after the end, without a link, and without a place; none of these records a join", async () => {
    const anne = await signUp("anne@example.nl");
    expect(await joinSession(db, anne.id, at(-31 * MINUTE), RULES)).toEqual({ ok: false, reason: "not-open" });
    expect(await joinSession(db, anne.id, end(), RULES)).toEqual({ ok: false, reason: "not-open" });
    const bert = await signUp("bert@example.nl", s[2].id);
    expect(await joinSession(db, bert.id, at(-MINUTE, s[2].startsAt), RULES)).toEqual({ ok: false, reason: "no-link" });
    await cancelOwnSignUps(db, anne.registrantId, "all", BEFORE, RULES);
    expect(await joinSession(db, anne.id, at(-MINUTE), RULES)).toEqual({ ok: false, reason: "no-place" });
    expect(await db.signUp.count({ where: { joinedAt: { not: null } } })).toBe(0);
  });
});

describe("the evaluation", () => {
  it("opens when the session ends, takes one answer per confirmed place, and closes after 14 days", async () => {
    const anne = await signUp("anne@example.nl");
    const good = answer({ score: "4", takeaway: "Veel geleerd.\r\nDank!", improvement: "", mayQuote: "ja" });
    expect(await answerEvaluation(db, anne.id, good, at(-MINUTE, end()))).toBe("not-yet");
    expect(await answerEvaluation(db, anne.id, good, end())).toBeNull();
    expect(await answerEvaluation(db, anne.id, good, at(MINUTE, end()))).toBe("answered");
    expect(await Promise.all([answerEvaluation(db, anne.id, good, end()), answerEvaluation(db, anne.id, good, end())])).toEqual(["answered", "answered"]);
    expect(await db.evaluationResponse.count()).toBe(1);

    const bert = await signUp("bert@example.nl");
    expect(await evaluationRefusal(db, bert.id, at(14 * DAY, end()))).toBe("closed");
    await cancelOwnSignUps(db, bert.registrantId, "all", BEFORE, RULES);
    expect(await evaluationRefusal(db, bert.id, end())).toBe("no-place");
    expect(await getEvaluationSummary(db, s[1].id)).toEqual({ responses: 1, average: 4, distribution: [0, 0, 0, 1, 0] });
  });

  it("stores the answer without anyone's identity: a random id, the session and a date, and a yes/no marker without a time", async () => {
    const log = vi.spyOn(console, "log");
    const error = vi.spyOn(console, "error");
    const warn = vi.spyOn(console, "warn");
    const ids: string[] = [];
    for (const [index, email] of ["a@example.nl", "b@example.nl", "c@example.nl", "d@example.nl"].entries()) {
      const place = await signUp(email);
      await answerEvaluation(db, place.id, answer({ score: String(index + 1), takeaway: `Antwoord ${index}` }), at(index * MINUTE, end()));
      ids.push((await db.evaluationResponse.findFirstOrThrow({ where: { takeaway: `Antwoord ${index}` } })).id);
    }
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    const stored = await db.evaluationResponse.findFirstOrThrow({ where: { takeaway: "Antwoord 0" } });
    expect(Object.keys(stored).sort()).toEqual(["answeredOn", "id", "improvement", "mayQuote", "score", "sessionId", "takeaway"]);
    expect(stored).toMatchObject({ sessionId: s[1].id, answeredOn: "2027-06-04", score: 1, mayQuote: false, improvement: null });
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await db.signUp.count({ where: { evaluated: true } })).toBe(4);
    expect(await db.auditEntry.count()).toBe(0);
    // The admin shows them by their random ids: an order that says nothing about who answered when.
    const shown = (await listEvaluationAnswers(db, s[1].id)).map((row) => row.id);
    expect(shown).toEqual([...ids].sort());
  });

  it("is anonymous by its schema: no relation to a person or a sign-up, no time, a random id, and a marker without a time", () => {
    const schema = fs.readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
    const model = (name: string) => schema.match(new RegExp(`model ${name} \\{([\\s\\S]*?)\\n\\}`))![1];
    const fields = (name: string) =>
      model(name)
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("//") && !line.startsWith("@@"))
        .map((line) => line.split(/\s+/));
    const response = fields("EvaluationResponse");
    expect(response.map(([name]) => name).sort()).toEqual(["answeredOn", "id", "improvement", "mayQuote", "score", "session", "sessionId", "takeaway"]);
    expect(response.map(([, type]) => type)).not.toContain("DateTime");
    expect(response.some(([, type]) => /^(Registrant|SignUp)\b/.test(type))).toBe(false);
    const id = response.find(([name]) => name === "id")!;
    expect(id.join(" ")).toBe("id String @id"); // no cuid(): the code gives it a random UUID
    expect(model("EvaluationResponse")).not.toMatch(/@updatedAt|now\(\)/);
    const marker = fields("SignUp").find(([name]) => name === "evaluated")!;
    expect(marker.slice(0, 2)).toEqual(["evaluated", "Boolean"]);
    expect(model("SignUp")).not.toMatch(/\bevaluatedAt\b/);
  });

  it("survives the retention purge, which keeps only the anonymous counts of attendance", async () => {
    const anne = await signUp("anne@example.nl");
    await signUp("bert@example.nl");
    await joinSession(db, anne.id, at(-MINUTE), RULES);
    await answerEvaluation(db, anne.id, answer({ score: "5" }), end());
    const lastEnd = s[4].endsAt;
    await purgePersonalData(db, noMailCopies, at(31 * DAY, lastEnd), 30);
    expect(await db.registrant.count()).toBe(0);
    expect(await db.evaluationResponse.count()).toBe(1);
    expect(await db.sessionTally.findUniqueOrThrow({ where: { sessionId: s[1].id } })).toMatchObject({ confirmed: 2, joined: 1 });
  });
});
