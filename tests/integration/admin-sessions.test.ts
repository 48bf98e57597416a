import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { END_BEFORE_START, type SessionInput } from "@/lib/admin/session-form";
import { cancelSession, updateSession } from "@/lib/admin/sessions";
import { listAuditEntries } from "@/lib/data/admin-logs";
import type { Db } from "@/lib/db";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { passSettings as settings } from "../support/mail-setup";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
const NEW_TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_new%40thread.v2/0";
const HOUR = 60 * 60 * 1000;
const ORGANISER = { id: "organiser-1" };
/** What the confirmation step showed: the four sign-ups of beforeEach, two with a place. */
const SHOWN = { confirmed: 2, waitlisted: 2 };

let db: Db;
let dispose: () => Promise<void>;
let smtp: TestSmtp;
let mailer: Mailer;
let session: Awaited<ReturnType<typeof seededSessions>>[number];

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  const s = await seededSessions(db);
  session = await db.session.update({ where: { id: s[1].id }, data: { teamsUrl: TEAMS, capacity: 2 } });
  smtp = await startSmtp();
  mailer = smtpMailer(smtp.url);
  for (const email of ["a@example.nl", "b@example.nl", "c@example.nl", "d@example.nl"]) {
    await register(db, person(email, [session.id]), BEFORE, RULES);
  }
  await pass(BEFORE);
  smtp.mails.length = 0;
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  await dispose();
});

const beforeStart = (hours: number) => new Date(session.startsAt.getTime() - hours * HOUR);
const pass = (now: Date) => runPass({ db, mailer, settings }, now);
const current = () => db.session.findUniqueOrThrow({ where: { id: session.id } });
const statusOf = async (email: string) =>
  (await db.signUp.findFirstOrThrow({ where: { sessionId: session.id, registrant: { emailKey: email } } })).status;
const audits = () => db.auditEntry.findMany({ orderBy: { createdAt: "asc" } });
const corrections = () => smtp.mails.filter((mail) => mail.subject.startsWith("Gewijzigd"));

/** The session as the editor would post it back unchanged, with some fields changed. */
async function edit(changes: Partial<SessionInput>): Promise<SessionInput> {
  const { phase, title, summary, description, speakerName, speakerRole, speakerOrganisation, capacity, startsAt, endsAt, teamsUrl } =
    await current();
  return { phase, title, summary, description, speakerName, speakerRole, speakerOrganisation, capacity, startsAt, endsAt, teamsUrl, ...changes };
}

describe("editing a session", () => {
  it("moves the waiting list up, first come first served, when places are added, and mails them", async () => {
    const result = await updateSession(db, ORGANISER, session.id, await edit({ capacity: 3 }), BEFORE, RULES);
    expect(result).toMatchObject({ ok: true, changed: ["capacity"], promoted: 1, linkChanged: false });
    expect(await statusOf("c@example.nl")).toBe("confirmed");
    expect(await statusOf("d@example.nl")).toBe("waitlisted");

    await pass(BEFORE);
    const movedUp = smtp.mails.filter((mail) => /plek vrij/i.test(mail.subject));
    expect(movedUp.map((mail) => mail.to)).toEqual(["c@example.nl"]);
    const [entry] = await audits();
    expect(entry).toMatchObject({ organiserId: ORGANISER.id, action: "session-edited", sessionId: session.id });
    const [shown] = (await listAuditEntries(db, 1)).entries;
    expect(shown).toMatchObject({ who: "verwijderde organisator", what: "Sessie gewijzigd" });
    expect(shown.details).toBe(`Sessie ${session.number} (${session.title}): aantal plaatsen: 2 → 3; 1 van de wachtlijst aangemeld.`);
  });

  it("moves everyone up when the places become unlimited", async () => {
    await updateSession(db, ORGANISER, session.id, await edit({ capacity: null }), BEFORE, RULES);
    expect(await statusOf("d@example.nl")).toBe("confirmed");
    await pass(BEFORE);
    expect(smtp.mails.filter((mail) => /plek vrij/i.test(mail.subject)).map((mail) => mail.to).sort()).toEqual([
      "c@example.nl",
      "d@example.nl",
    ]);
    expect((await audits())[0].detail).toContain("aantal plaatsen: 2 → onbeperkt");
  });

  it("refuses fewer places than people already confirmed, and changes nothing at all", async () => {
    const result = await updateSession(db, ORGANISER, session.id, await edit({ capacity: 1, title: "Nieuwe titel" }), BEFORE, RULES);
    expect(result).toEqual({ ok: false, errors: { capacity: expect.stringContaining("Er zijn al 2 mensen aangemeld") } });
    expect(await current()).toMatchObject({ capacity: 2, title: session.title, linkVersion: session.linkVersion });
    expect(await statusOf("a@example.nl")).toBe("confirmed");
    expect(await audits()).toHaveLength(0);
  });

  it("refuses an end before the start", async () => {
    const result = await updateSession(db, ORGANISER, session.id, await edit({ endsAt: new Date(session.startsAt.getTime() - HOUR) }), BEFORE, RULES);
    expect(result).toEqual({ ok: false, errors: { endsAt: END_BEFORE_START } });
    expect((await current()).endsAt).toEqual(session.endsAt);
    expect(await audits()).toHaveLength(0);
  });

  it("sends exactly one correction per confirmed registrant when the link changes after the link mails went out", async () => {
    await pass(beforeStart(40));
    expect(smtp.mails.filter((mail) => /Teams-link/.test(mail.subject))).toHaveLength(2);

    const result = await updateSession(db, ORGANISER, session.id, await edit({ teamsUrl: NEW_TEAMS }), beforeStart(39.5), RULES);
    expect(result).toMatchObject({ ok: true, linkChanged: true });
    expect((await current()).linkVersion).toBe(session.linkVersion + 1);
    await pass(beforeStart(39));
    await pass(beforeStart(38));
    expect(corrections().map((mail) => mail.to).sort()).toEqual(["a@example.nl", "b@example.nl"]);
    expect(corrections()[0].text).toContain(NEW_TEAMS);
    expect((await audits())[0].detail).toContain(`Teams-link: ‘${TEAMS}’ → ‘${NEW_TEAMS}’`);
  });

  it("sends exactly one correction per confirmed registrant when the time changes after the link mails went out", async () => {
    await pass(beforeStart(40));
    const endsAt = new Date(session.endsAt.getTime() + HOUR / 2);
    await updateSession(db, ORGANISER, session.id, await edit({ endsAt }), beforeStart(39.5), RULES);
    await pass(beforeStart(39));
    await pass(beforeStart(38));
    expect(corrections().map((mail) => mail.to).sort()).toEqual(["a@example.nl", "b@example.nl"]);
    expect(corrections()[0].text).toContain("13.30–15.00 uur");
    expect((await audits())[0].detail).toContain("eindigt op: vrijdag 4 juni 2027 14.30 → vrijdag 4 juni 2027 15.00");
  });

  it("does not raise the link version, mail anyone or log anything for a save without changes", async () => {
    await pass(beforeStart(40));
    const result = await updateSession(db, ORGANISER, session.id, await edit({}), beforeStart(39.5), RULES);
    expect(result).toEqual({ ok: true, changed: [], linkChanged: false, promoted: 0, toldOfTime: 0 });
    expect((await current()).linkVersion).toBe(session.linkVersion);
    await pass(beforeStart(39));
    expect(corrections()).toHaveLength(0);
    expect(await audits()).toHaveLength(0);
  });

  it("does not raise the link version when only a text changes", async () => {
    await updateSession(db, ORGANISER, session.id, await edit({ title: "Een betere titel", summary: "Kort" }), BEFORE, RULES);
    expect(await current()).toMatchObject({ title: "Een betere titel", summary: "Kort", linkVersion: session.linkVersion });
    expect((await audits())[0].detail).toContain("titel: ‘Hoe start je een co-creatie-initiatief?’ → ‘Een betere titel’");
  });
});

describe("letting a session lapse", () => {
  it("cancels everyone, confirmed and waiting, and mails each a cancellation with METHOD:CANCEL", async () => {
    const result = await cancelSession(db, ORGANISER, session.id, SHOWN, BEFORE, RULES);
    expect(result).toEqual({ ok: true, cancelled: 4 });
    expect((await current()).cancelledAt).toEqual(BEFORE);
    expect(await db.signUp.count({ where: { sessionId: session.id, status: { not: "cancelled" } } })).toBe(0);

    await pass(BEFORE);
    expect(smtp.mails.map((mail) => mail.to).sort()).toEqual(["a@example.nl", "b@example.nl", "c@example.nl", "d@example.nl"]);
    for (const mail of smtp.mails) {
      expect(mail.subject).toBe(`Gaat niet door: ${session.title}`);
      expect(mail.attachments.map((attachment) => attachment.content).join()).toContain("METHOD:CANCEL");
    }
    const [entry] = await audits();
    expect(entry).toMatchObject({ organiserId: ORGANISER.id, action: "session-cancelled", sessionId: session.id });
    const [shown] = (await listAuditEntries(db, 1)).entries;
    expect(shown.what).toBe("Sessie laten vervallen");
    expect(shown.details).toContain("2 aanmeldingen en 2 op de wachtlijst");
  });

  it("changes nothing when the number of people to mail is not what the organiser confirmed", async () => {
    await register(db, person("e@example.nl", [session.id]), BEFORE, RULES);
    const result = await cancelSession(db, ORGANISER, session.id, SHOWN, BEFORE, RULES);
    expect(result).toMatchObject({ ok: false, reason: "changed" });
    expect((await current()).cancelledAt).toBeNull();
    expect(await db.signUp.count({ where: { sessionId: session.id, status: "cancelled" } })).toBe(0);
    expect(await db.outboxMail.count({ where: { kind: "cancellation" } })).toBe(0);
    expect(await audits()).toHaveLength(0);

    expect(await cancelSession(db, ORGANISER, session.id, { confirmed: 2, waitlisted: 3 }, BEFORE, RULES)).toEqual({ ok: true, cancelled: 5 });
  });

  it("sends no Teams link after the session was cancelled", async () => {
    await cancelSession(db, ORGANISER, session.id, SHOWN, BEFORE, RULES);
    await pass(beforeStart(40));
    expect(smtp.mails.filter((mail) => /Teams-link/.test(mail.subject))).toHaveLength(0);
  });

  it("refuses a session that has ended, and one that was already cancelled", async () => {
    const after = new Date(session.endsAt.getTime() + 1);
    expect(await cancelSession(db, ORGANISER, session.id, SHOWN, after, RULES)).toMatchObject({ ok: false, reason: "ended" });
    expect((await current()).cancelledAt).toBeNull();
    expect(await statusOf("a@example.nl")).toBe("confirmed");
    expect(await audits()).toHaveLength(0);

    await cancelSession(db, ORGANISER, session.id, SHOWN, BEFORE, RULES);
    expect(await cancelSession(db, ORGANISER, session.id, SHOWN, BEFORE, RULES)).toMatchObject({ ok: false, reason: "cancelled" });
    expect(await audits()).toHaveLength(1);
  });
});
