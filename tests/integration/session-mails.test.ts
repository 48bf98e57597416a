import { describe, expect, it } from "vitest";
import { sendMessage } from "@/lib/admin/message";
import { updateSession } from "@/lib/admin/sessions";
import { SESSION_FIELDS, type SessionInput } from "@/lib/admin/session-form";
import { listAuditEntries } from "@/lib/data/admin-logs";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { BEFORE, person, RULES } from "../support/fixtures";
import { passSettings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";

// The mails around a session, through a real SMTP server and a controlled clock: "starting soon",
// a new time that reaches everyone, the follow-up, and an organiser's message.

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_rond%40thread.v2/0";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ORGANISER = { id: "organiser-1" };

const world = withMailWorld();
const session = () => world.s[1];
const at = (offsetMs: number, from = session().startsAt) => new Date(from.getTime() + offsetMs);
const pass = (now: Date, settings = passSettings) => runPass({ db: world.db, mailer: world.mailer, settings }, now);
const mailsTo = (email: string, subject: RegExp) => world.smtp.mails.filter((mail) => mail.to === email && subject.test(mail.subject));
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");
const field = (ics: string, name: string) => unfold(ics).match(new RegExp(`^${name}:(.*)$`, "m"))?.[1];

async function signUp(email: string, when = BEFORE, sessionId = session().id) {
  const result = await register(world.db, person(email, [sessionId], email.split("@")[0]), when, RULES);
  if (!result.ok) throw new Error(result.message);
  return world.db.signUp.findFirstOrThrow({ where: { sessionId, registrant: { emailKey: email } } });
}

/** The session as the editor would save it, with some fields changed. */
async function edited(change: Partial<SessionInput>): Promise<SessionInput> {
  const stored = await world.db.session.findUniqueOrThrow({ where: { id: session().id } });
  return { ...(Object.fromEntries(SESSION_FIELDS.map((name) => [name, stored[name]])) as SessionInput), ...change };
}

describe("the 'starting soon' mail", () => {
  it("goes once to every confirmed place STARTING_SOON_MINUTES before the start, with the join page and the start time", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS } });
    await signUp("anne@example.nl");
    await signUp("bert@example.nl");
    await pass(BEFORE);
    await pass(at(-61 * MINUTE));
    expect(mailsTo("anne@example.nl", /begint/)).toHaveLength(0);

    const report = await pass(at(-60 * MINUTE));
    expect(report.soon).toBe(2);
    await pass(at(-59 * MINUTE));
    await Promise.all([pass(at(-30 * MINUTE)), pass(at(-30 * MINUTE))]);
    const [mail] = mailsTo("anne@example.nl", /begint/);
    expect(mailsTo("anne@example.nl", /begint/)).toHaveLength(1);
    expect(mailsTo("bert@example.nl", /begint/)).toHaveLength(1);
    expect(mail.subject).toBe(`Vandaag om 13.30 uur begint: ${session().title}`);
    expect(mail.text).toMatch(/\/deelnemen\/[a-z0-9]+\.[A-Za-z0-9_-]{43}/);
    expect(mail.text).not.toContain(TEAMS);
    expect(mail.text).toContain("deelnemen als gast");
  });

  it("is not sent to a place confirmed after its moment: the link mail suffices", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS } });
    await signUp("laat@example.nl", at(-40 * MINUTE));
    await pass(at(-40 * MINUTE));
    await pass(at(-20 * MINUTE));
    expect(mailsTo("laat@example.nl", /Teams-link/)).toHaveLength(1);
    expect(mailsTo("laat@example.nl", /begint/)).toHaveLength(0);
  });

  it("says 'vandaag' only on the day itself, and never goes out once the session has begun", async () => {
    await signUp("anne@example.nl");
    const settings = { ...passSettings, startingSoonMinutes: 16 * 60 }; // 21.30 the evening before
    await pass(at(-16 * HOUR), settings);
    expect(mailsTo("anne@example.nl", /begint/)[0].subject).toBe(`Morgen om 13.30 uur begint: ${session().title}`);

    await signUp("bert@example.nl");
    await pass(at(-11 * HOUR), { ...passSettings, startingSoonMinutes: 0 }); // his confirmation only
    world.smtp.deferNext = 1; // Bert's mail is still unsent when the session starts
    await pass(at(-10 * MINUTE));
    await pass(at(1 * MINUTE));
    expect(mailsTo("bert@example.nl", /begint/)).toHaveLength(0);
    expect(await world.db.outboxMail.findFirst({ where: { kind: "starting-soon", recipient: "bert@example.nl" } })).toMatchObject({ status: "expired" });
  });

  it("follows a session moved away and back: one mail per start time, and the step never jams on an earlier one", async () => {
    await signUp("anne@example.nl");
    await pass(at(-60 * MINUTE));
    const move = async (minutes: number, when: Date) => {
      const starts = at(minutes * MINUTE, world.s[1].startsAt);
      await updateSession(world.db, ORGANISER, session().id, await edited({ startsAt: starts, endsAt: at(HOUR, starts) }), when, RULES);
    };
    await move(10, at(-50 * MINUTE));
    const later = await pass(at(-50 * MINUTE));
    await move(0, at(-45 * MINUTE));
    const back = await pass(at(-45 * MINUTE));
    expect([...later.failures, ...back.failures]).toEqual([]);
    expect(mailsTo("anne@example.nl", /begint/).map((mail) => mail.subject.slice(0, 23))).toEqual([
      "Vandaag om 13.30 uur be",
      "Vandaag om 13.40 uur be",
      "Vandaag om 13.30 uur be",
    ]);
    expect(mailsTo("anne@example.nl", /begint/)[0].text).toContain("Vanaf 13.00 uur staat daar de knop");
  });

  it("is off with STARTING_SOON_MINUTES=0", async () => {
    await signUp("anne@example.nl");
    const off = { ...passSettings, startingSoonMinutes: 0 };
    for (const minutes of [-60, -30, -5]) await pass(at(minutes * MINUTE), off);
    expect(mailsTo("anne@example.nl", /begint/)).toHaveLength(0);
  });
});

describe("a new time", () => {
  it("reaches every confirmed and waitlisted registrant who had no link mail yet, once; only confirmed places get a calendar update", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { capacity: 1 } });
    await signUp("anne@example.nl");
    await signUp("wim@example.nl"); // on the waiting list
    await pass(BEFORE);
    const [confirmation] = mailsTo("anne@example.nl", /Je aanmelding/);

    const result = await updateSession(world.db, ORGANISER, session().id, await edited({ startsAt: at(HOUR), endsAt: at(2 * HOUR) }), BEFORE, RULES);
    expect(result).toMatchObject({ ok: true, toldOfTime: 2 });
    await pass(BEFORE);
    await pass(at(MINUTE, BEFORE));

    const [anne] = mailsTo("anne@example.nl", /Nieuwe tijd/);
    const [wim] = mailsTo("wim@example.nl", /Nieuwe tijd/);
    expect(mailsTo("anne@example.nl", /Nieuwe tijd/)).toHaveLength(1);
    expect(mailsTo("wim@example.nl", /Nieuwe tijd/)).toHaveLength(1);
    expect(anne.text).toContain("vrijdag 4 juni 2027, 14.30–15.30 uur");
    expect(anne.text).toContain("Je bent nog steeds aangemeld.");
    expect(field(anne.attachments[0].content, "UID")).toBe(field(confirmation.attachments[0].content, "UID"));
    expect(Number(field(anne.attachments[0].content, "SEQUENCE"))).toBeGreaterThan(Number(field(confirmation.attachments[0].content, "SEQUENCE")));
    expect(field(anne.attachments[0].content, "DTSTART")).toBe("20270604T123000Z");
    expect(wim.text).toContain("Je staat nog steeds op de wachtlijst.");
    expect(wim.attachments).toHaveLength(0);
  });

  it("sent twice in a row, mails the latest time only, and nobody who signed up after it", async () => {
    await signUp("anne@example.nl");
    await updateSession(world.db, ORGANISER, session().id, await edited({ startsAt: at(HOUR), endsAt: at(2 * HOUR) }), BEFORE, RULES);
    await updateSession(world.db, ORGANISER, session().id, await edited({ startsAt: at(2 * HOUR), endsAt: at(3 * HOUR) }), BEFORE, RULES);
    await signUp("nieuw@example.nl", at(MINUTE, BEFORE));
    await pass(at(2 * MINUTE, BEFORE));
    const mails = mailsTo("anne@example.nl", /Nieuwe tijd/);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("15.30–16.30 uur");
    expect(mailsTo("nieuw@example.nl", /Nieuwe tijd/)).toHaveLength(0);
  });

  it("with a link mail due, is one mail for a confirmed place: the link mail with the new time; the waiting list gets the new time alone", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS, capacity: 2 } });
    await signUp("anne@example.nl");
    await signUp("bert@example.nl");
    await signUp("wim@example.nl");
    await pass(BEFORE);
    await pass(at(-47 * HOUR)); // Anne and Bert get their link mail
    await cancelOwnSignUps(world.db, (await world.db.registrant.findUniqueOrThrow({ where: { emailKey: "bert@example.nl" } })).id, "all", at(-46 * HOUR), RULES);
    // Wim moves up and gets a link mail queued; the session then moves an hour, before it is sent.
    await updateSession(world.db, ORGANISER, session().id, await edited({ startsAt: at(HOUR), endsAt: at(2 * HOUR) }), at(-45 * HOUR), RULES);
    await pass(at(-45 * HOUR));
    await pass(at(-44 * HOUR));

    expect(mailsTo("anne@example.nl", /Nieuwe tijd/)).toHaveLength(0);
    const [correction] = mailsTo("anne@example.nl", /^Gewijzigd/);
    expect(correction.text).toContain("14.30–15.30 uur");
    expect(mailsTo("wim@example.nl", /Nieuwe tijd/)).toHaveLength(0);
    const wimsLink = mailsTo("wim@example.nl", /Teams-link/).at(-1)!;
    expect(wimsLink.text).toContain("14.30–15.30 uur");
    expect(wimsLink.text).toContain("Let op: de sessie is verplaatst.");
  });

  it("reaches a waitlisted registrant on its own even while the link mails are due", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS, capacity: 1 } });
    await signUp("anne@example.nl");
    await signUp("wim@example.nl");
    await pass(at(-47 * HOUR));
    await updateSession(world.db, ORGANISER, session().id, await edited({ startsAt: at(HOUR), endsAt: at(2 * HOUR) }), at(-46 * HOUR), RULES);
    await pass(at(-46 * HOUR));
    expect(mailsTo("anne@example.nl", /Nieuwe tijd/)).toHaveLength(0);
    expect(mailsTo("anne@example.nl", /^Gewijzigd/)).toHaveLength(1);
    expect(mailsTo("wim@example.nl", /Nieuwe tijd/)).toHaveLength(1);
  });
});

describe("the follow-up", () => {
  it("thanks who joined and tells who did not what they missed, once each, FOLLOW_UP_HOURS after the end", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS } });
    await world.db.followUp.create({ data: { sessionId: session().id, text: "Fijn dat je er was.", slidesUrl: "https://hu.nl/dias.pdf" } });
    const anne = await signUp("anne@example.nl");
    await signUp("bert@example.nl");
    await signUp("wim@example.nl", BEFORE, world.s[2].id); // Wim already holds session 2
    await signUp("wim@example.nl");
    await world.db.signUp.update({ where: { id: anne.id }, data: { joinedAt: at(MINUTE) } });
    const end = session().endsAt;
    await pass(at(HOUR + 59 * MINUTE, end));
    expect(world.smtp.mails.filter((mail) => /Bedankt|gemist/.test(mail.subject))).toHaveLength(0);

    await Promise.all([pass(at(2 * HOUR, end)), pass(at(2 * HOUR, end))]);
    await pass(at(3 * HOUR, end));
    const [thanks] = mailsTo("anne@example.nl", /Bedankt voor je komst/);
    expect(world.smtp.mails.filter((mail) => /Bedankt|gemist/.test(mail.subject)).map((mail) => mail.to).sort()).toEqual([
      "anne@example.nl",
      "bert@example.nl",
      "wim@example.nl",
    ]);
    expect(thanks.text).toContain("Fijn dat je er was.");
    expect(thanks.html).toContain('href="https://hu.nl/dias.pdf"');
    expect(thanks.text).toMatch(/\/deelnemen\/[a-z0-9]+\.[A-Za-z0-9_-]{43}\/evaluatie/);
    const [missed] = mailsTo("bert@example.nl", /We hebben je gemist/);
    expect(missed.text).toContain("https://sessies.example.nl/sessies/2");
    // The next session Wim can still sign up for is the third: he holds the second already.
    expect(mailsTo("wim@example.nl", /We hebben je gemist/)[0].text).toContain("https://sessies.example.nl/sessies/3");
  });

  it("sends nothing for a session called off, or one whose follow-up an organiser switched off", async () => {
    await signUp("anne@example.nl");
    await signUp("bert@example.nl", BEFORE, world.s[2].id);
    await world.db.session.update({ where: { id: session().id }, data: { cancelledAt: BEFORE } });
    await world.db.followUp.create({ data: { sessionId: world.s[2].id, enabled: false } });
    await pass(at(3 * HOUR, world.s[2].endsAt));
    expect(world.smtp.mails.filter((mail) => /Bedankt|gemist/.test(mail.subject))).toHaveLength(0);
    expect(await world.db.massMailing.count({ where: { kind: "follow-up" } })).toBe(0);
  });
});

describe("a message to a session's registrants", () => {
  it("reaches the audience the organiser chose, once each, in the audit log", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { capacity: 1 } });
    await signUp("anne@example.nl");
    await signUp("wim@example.nl");
    const people = await sendMessage(world.db, ORGANISER, session().id, { audience: "waitlisted", subject: "Een plek?", body: "Beste wachtende,\n\nEr komen misschien plekken vrij." }, BEFORE);
    expect(people).toBe(1);
    await Promise.all([pass(BEFORE), pass(BEFORE)]);
    expect(mailsTo("wim@example.nl", /^Een plek\?$/)).toHaveLength(1);
    expect(mailsTo("anne@example.nl", /^Een plek\?$/)).toHaveLength(0);
    expect(mailsTo("wim@example.nl", /^Een plek\?$/)[0].text).toContain("Er komen misschien plekken vrij.");
    const [entry] = (await listAuditEntries(world.db, 1)).entries;
    expect(entry).toMatchObject({ what: "Bericht verstuurd" });
    expect(entry.details).toContain("‘Een plek?’ aan iedereen op de wachtlijst (1 persoon)");
  });

  it("confirmed twice with the same preview (a double click, the browser's history), goes out once and is logged once", async () => {
    await signUp("anne@example.nl");
    const message = { audience: "confirmed" as const, subject: "Eén keer", body: "Tekst." };
    const token = "2f1c3e8a-5b7d-4c9e-8f0a-1b2c3d4e5f60";
    expect(await sendMessage(world.db, ORGANISER, session().id, message, BEFORE, token)).toBe(1);
    expect(await sendMessage(world.db, ORGANISER, session().id, message, BEFORE, token)).toBe(1);
    await pass(BEFORE);
    expect(mailsTo("anne@example.nl", /^Eén keer$/)).toHaveLength(1);
    expect((await listAuditEntries(world.db, 1)).total).toBe(1);
  });

  it("goes out a batch of sign-ups at a time, and resumes where it stopped", async () => {
    for (let i = 0; i < 7; i++) await signUp(`p${i}@example.nl`);
    await sendMessage(world.db, ORGANISER, session().id, { audience: "both", subject: "Hallo allemaal", body: "Tekst." }, BEFORE);
    const { fanOutBatch } = await import("@/lib/mail/mass-mailing");
    const mailing = await world.db.massMailing.findFirstOrThrow();
    const { inTransaction } = await import("@/lib/transaction");
    expect(await inTransaction(world.db, (tx) => fanOutBatch(tx, mailing.id, BEFORE, RULES, 3))).toBe(3);
    expect(await world.db.outboxMail.count({ where: { kind: "message" } })).toBe(3);
    await pass(BEFORE);
    expect(world.smtp.mails.filter((mail) => mail.subject === "Hallo allemaal").map((mail) => mail.to).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `p${i}@example.nl`).sort(),
    );
    expect(await world.db.massMailing.findFirstOrThrow()).toMatchObject({ doneAt: BEFORE });
  });
});
