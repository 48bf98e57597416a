import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { drainOutbox, MAX_ATTEMPTS } from "@/lib/mail/sender";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { openManageLink } from "@/lib/links/manage-link";
import { eraseRegistrant } from "@/lib/registration/erase";
import { register } from "@/lib/registration/register";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { settings } from "../support/mail-setup";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

let db: Db;
let dispose: () => Promise<void>;
let smtp: TestSmtp;
let mailer: Mailer;
let s: Awaited<ReturnType<typeof seededSessions>>;

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  s = await seededSessions(db);
  smtp = await startSmtp();
  mailer = smtpMailer(smtp.url);
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  await dispose();
});

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");
const later = (ms: number) => new Date(BEFORE.getTime() + ms);

describe("the confirmation mail", () => {
  it("reaches a real SMTP server with the sessions, one .ics per session and a working manage link", async () => {
    await register(db, person("anne@example.nl", [s[1].id, s[2].id]), BEFORE, RULES);
    expect(await drainOutbox(db, mailer, BEFORE, settings)).toMatchObject({ sent: 1, failed: 0 });

    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toBe("anne@example.nl");
    expect(mail.subject).toBe("Je aanmelding voor de online sessies over co-creatie");
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain("Hoe start je een co-creatie-initiatief?");
      expect(text).toContain("vrijdag 4 juni 2027, 13.30–14.30 uur");
      expect(text).toContain("vrijdag 11 juni 2027, 13.30–14.30 uur");
    }
    expect(mail.text).toMatch(/uiterlijk een dag/i);

    const calendars = mail.attachments.filter((a) => a.contentType.startsWith("text/calendar")).map((a) => unfold(a.content));
    expect(calendars).toHaveLength(2);
    const signUps = await db.signUp.findMany({ orderBy: { session: { number: "asc" } } });
    expect(calendars[0]).toContain(`UID:signup-${signUps[0].id}@sessies.example.nl`);
    expect(calendars[0]).toContain("DTSTART:20270604T113000Z");
    expect(calendars[0]).toContain("DTEND:20270604T123000Z");
    expect(calendars[0]).toContain("METHOD:REQUEST");
    expect(calendars[1]).toContain("DTSTART:20270611T113000Z");

    const link = mail.text.match(/https:\/\/sessies\.example\.nl\/mijn-aanmelding\/([a-z0-9]{20,40}\.[A-Za-z0-9_-]{43})/)?.[1];
    expect(link).toBeDefined();
    const registrant = await db.registrant.findFirstOrThrow();
    expect((await openManageLink(db, settings.linkSecret, link!, BEFORE))?.id ?? null).toBe(registrant.id);
    // The link is derived, not stored, and expires when the series ends.
    const mac = link!.split(".")[1];
    expect(JSON.stringify(await db.outboxMail.findMany())).not.toContain(mac);
    expect(JSON.stringify(await db.registrant.findMany())).not.toContain(mac);
    expect((await openManageLink(db, settings.linkSecret, link!, new Date(s[4].endsAt.getTime() - 1)))?.id ?? null).toBe(registrant.id);
    expect((await openManageLink(db, settings.linkSecret, link!, s[4].endsAt))?.id ?? null).toBeNull();
  });

  it("a cancellation mail removes the same calendar entry with a higher sequence", async () => {
    await register(db, person("anne@example.nl", [s[1].id]), BEFORE, RULES);
    await drainOutbox(db, mailer, BEFORE, settings);
    const { cancelOwnSignUps } = await import("@/lib/registration/cancel");
    const registrant = await db.registrant.findFirstOrThrow();
    await cancelOwnSignUps(db, registrant.id, "all", later(1000), RULES);
    await drainOutbox(db, mailer, later(1000), settings);

    const [confirmation, cancellation] = smtp.mails.map((mail) => unfold(mail.attachments[0].content));
    const uid = (ics: string) => ics.match(/UID:(.*)/)?.[1];
    const sequence = (ics: string) => Number(ics.match(/SEQUENCE:(\d+)/)?.[1]);
    expect(uid(cancellation)).toBe(uid(confirmation));
    expect(sequence(cancellation)).toBeGreaterThan(sequence(confirmation));
    expect(cancellation).toContain("METHOD:CANCEL");
    expect(cancellation).toContain("STATUS:CANCELLED");
  });
});

describe("sending from the outbox", () => {
  it("sends each mail once, however often and however many senders run at the same time", async () => {
    for (const email of ["a@example.nl", "b@example.nl", "c@example.nl"]) {
      await register(db, person(email, [s[1].id]), BEFORE, RULES);
    }
    const secondMailer = smtpMailer(smtp.url);
    const reports = await Promise.all([
      drainOutbox(db, mailer, BEFORE, settings),
      drainOutbox(db, secondMailer, BEFORE, settings),
      drainOutbox(db, mailer, BEFORE, settings),
    ]);
    await drainOutbox(db, mailer, later(1000), settings);
    secondMailer.close();
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(3);
    expect(smtp.mails.map((mail) => mail.to).sort()).toEqual(["a@example.nl", "b@example.nl", "c@example.nl"]);
    expect(await db.outboxMail.count({ where: { status: "sent" } })).toBe(3);
  });

  it("keeps a mail through an SMTP outage, retries with back-off, and sends it with the same Message-ID", async () => {
    await register(db, person("anne@example.nl", [s[1].id]), BEFORE, RULES);
    const down = smtpMailer("smtp://127.0.0.1:9"); // nothing listens on the discard port
    const first = await drainOutbox(db, down, BEFORE, settings);
    down.close();
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await db.outboxMail.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(BEFORE.getTime());

    // Not yet due: nothing is tried.
    expect(await drainOutbox(db, mailer, BEFORE, settings)).toMatchObject({ sent: 0 });
    // The server is back and the back-off has passed.
    expect(await drainOutbox(db, mailer, waiting.nextAttemptAt, settings)).toMatchObject({ sent: 1 });
    expect(smtp.mails[0].messageId).toBe(`<${waiting.messageId}@example.nl>`);
    expect(await db.outboxMail.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("marks a mail the server refuses for good as failed, and still sends the others", async () => {
    await register(db, person("bestaat-niet@example.nl", [s[1].id]), BEFORE, RULES);
    await register(db, person("anne@example.nl", [s[1].id]), later(1), RULES);
    smtp.rejectRecipient = (address) => address.startsWith("bestaat-niet");
    const report = await drainOutbox(db, mailer, later(2), settings);
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    const failed = await db.outboxMail.findFirstOrThrow({ where: { recipient: "bestaat-niet@example.nl" } });
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.lastError).toContain("550");
    expect(smtp.mails.map((mail) => mail.to)).toEqual(["anne@example.nl"]);
  });

  it("goes on when the person is erased while their mail is with the mail server: a row that is gone is no failure", async () => {
    await register(db, person("weg@example.nl", [s[1].id]), BEFORE, RULES);
    await register(db, person("anne@example.nl", [s[1].id]), later(1), RULES);
    const gone = await db.registrant.findUniqueOrThrow({ where: { emailKey: "weg@example.nl" } });
    smtp.rejectRecipient = (address) => address === "weg@example.nl";
    // The erasure lands between handing the mail over and recording the answer.
    const erasing = {
      ...mailer,
      send: async (mail: Parameters<Mailer["send"]>[0]) => {
        if (mail.to === "weg@example.nl") await eraseRegistrant(db, mailer, gone.id, later(2), RULES, "self");
        return mailer.send(mail);
      },
    };
    const report = await drainOutbox(db, erasing, later(2), settings);
    expect(report).toMatchObject({ sent: 1 });
    expect(await db.outboxMail.count({ where: { recipient: "weg@example.nl" } })).toBe(0);
    expect(smtp.mails.map((mail) => mail.to)).toEqual(["anne@example.nl"]);
  });

  it("gives up after the last attempt instead of retrying forever", async () => {
    await register(db, person("anne@example.nl", [s[1].id]), BEFORE, RULES);
    await db.outboxMail.updateMany({ data: { attempts: MAX_ATTEMPTS - 1 } });
    const down = smtpMailer("smtp://127.0.0.1:9");
    expect(await drainOutbox(db, down, BEFORE, settings)).toMatchObject({ failed: 1 });
    down.close();
    expect(await db.outboxMail.findFirstOrThrow()).toMatchObject({ status: "failed", sentAt: null });
  });

  it("stopped for a shutdown, finishes the mail being sent and gives back the rest of its batch at once", async () => {
    // A connection to the mail server already open, as a running server has one: no set-up time below.
    await register(db, person("eerder@example.nl", [s[1].id]), BEFORE, RULES);
    await drainOutbox(db, mailer, BEFORE, settings);
    for (const name of ["a", "b"]) await register(db, person(`${name}@example.nl`, [s[1].id]), BEFORE, RULES);
    smtp.delayMs = 1000;
    const stop = new AbortController();
    // One a second: a batch of two, the second waiting for its turn while the first is at the mail server.
    const draining = drainOutbox(db, mailer, later(1), { ...settings, ratePerSecond: 1 }, stop.signal);
    await vi.waitFor(() => expect(smtp.held).toBe(1), { timeout: 10_000 });
    stop.abort();
    expect(await draining).toMatchObject({ sent: 1 });
    const rows = await db.outboxMail.findMany({ select: { status: true, claimedUntil: true } });
    expect(rows.map(({ status, claimedUntil }) => [status, claimedUntil]).sort()).toEqual([["pending", null], ["sent", null], ["sent", null]]);
    expect(smtp.mails).toHaveLength(2);
  });

  it("retries a mail whose sender crashed after claiming it, once the claim has expired", async () => {
    await register(db, person("anne@example.nl", [s[1].id]), BEFORE, RULES);
    // A sender claimed the row and died before sending.
    await db.outboxMail.updateMany({ data: { status: "sending", claimedUntil: later(settings.claimSeconds * 1000) } });
    expect(await drainOutbox(db, mailer, later(1000), settings)).toMatchObject({ sent: 0 });
    expect(smtp.mails).toHaveLength(0);
    expect(await drainOutbox(db, mailer, later(settings.claimSeconds * 1000 + 1), settings)).toMatchObject({ sent: 1 });
    expect(smtp.mails).toHaveLength(1);
  });
});
