import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inviteOrganiser, resendInvitation } from "@/lib/auth/invites";
import { setPasswordByLink } from "@/lib/auth/link-password";
import { createOrganiser, removeOrganiser, resetPassword } from "@/lib/auth/organisers";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { signIn } from "@/lib/auth/sign-in";
import { organiserForSignIn, startSignInSession, type Organiser } from "@/lib/auth/sign-in-session";
import { listAuditEntries } from "@/lib/data/admin-logs";
import type { Db } from "@/lib/db";
import { openOrganiserLink } from "@/lib/links/organiser-link";
import { drainOutbox } from "@/lib/mail/sender";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { settings } from "../support/mail-setup";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

let db: Db;
let smtp: TestSmtp;
let mailer: Mailer;
let dispose: () => Promise<void>;
let admin: Organiser;
beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  smtp = await startSmtp();
  mailer = smtpMailer(smtp.url);
  await createOrganiser(db, "beheer@hu.nl", "Beheer-CoSIE-2027!", now, false);
  admin = { ...(await db.organiser.findUniqueOrThrow({ where: { email: "beheer@hu.nl" }, select: { id: true, email: true } })), mustChangePassword: false };
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  await dispose();
});

const now = new Date("2027-05-01T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const SECRET = settings.linkSecret;
const NEW_PASSWORD = "Vier woorden op een rij 2027";
const rules = { attempts: 3, windowSeconds: 3600 };
const signInRules = { attempts: 5, windowSeconds: 900, sessionHours: 8 };

/** Sends what the outbox holds; returns the links in the mails that arrived, oldest first. */
async function deliveredLinks(at = now): Promise<string[]> {
  await drainOutbox(db, mailer, at, settings);
  return smtp.mails.map((mail) => {
    const match = mail.text.match(/\/admin\/wachtwoord-kiezen\/([^\s\])]+)/);
    if (!match) throw new Error(`no password link in "${mail.subject}"`);
    // The HTML part carries the same link as the plain part.
    expect(mail.html).toContain(match[0]);
    return match[1];
  });
}

const reset = (email: string, ip = "192.0.2.7", at = now) => requestPasswordReset(db, SECRET, { email, ip }, at, rules);
const signInWith = (email: string, password: string, at: Date) => signIn(db, SECRET, { email, password, ip: "192.0.2.9" }, at, signInRules);
const actions = async () => (await db.auditEntry.findMany({ orderBy: { createdAt: "asc" }, select: { action: true } })).map((entry) => entry.action);

describe("inviting a colleague", () => {
  it("mails a link through the outbox that a visit does not spend, and that works once, for the password", async () => {
    const invited = await inviteOrganiser(db, admin, "Collega@HU.nl", now);
    expect(invited.ok).toBe(true);
    const queued = await db.outboxMail.findFirstOrThrow({ where: { kind: "invitation" } });
    expect(queued.recipient).toBe("collega@hu.nl");
    expect(queued.payload).not.toMatch(/wachtwoord-kiezen/);
    const [link] = await deliveredLinks();
    expect(smtp.mails[0]).toMatchObject({ to: "collega@hu.nl", subject: expect.stringMatching(/uitgenodigd als organisator/) });
    expect(smtp.mails[0].text).toContain("maandag 3 mei 2027 12.00 uur");

    // No password opens the account before the colleague chose one.
    expect(await signInWith("collega@hu.nl", "", later(1))).toMatchObject({ ok: false });
    // Opened twice, as a mail scanner and then the person would: still valid.
    expect(await openOrganiserLink(db, SECRET, link, later(5))).toMatchObject({ email: "collega@hu.nl", purpose: "invite" });
    expect(await openOrganiserLink(db, SECRET, link, later(6))).not.toBeNull();

    expect(await setPasswordByLink(db, SECRET, link, NEW_PASSWORD, later(10))).toEqual({ ok: true, email: "collega@hu.nl", purpose: "invite" });
    expect(await openOrganiserLink(db, SECRET, link, later(11))).toBeNull();
    expect(await setPasswordByLink(db, SECRET, link, "Nog een ander wachtwoord 2027", later(12))).toEqual({ ok: false, problem: "link" });
    expect((await signInWith("collega@hu.nl", NEW_PASSWORD, later(13))).ok).toBe(true);
    expect(await db.organiser.findUniqueOrThrow({ where: { email: "collega@hu.nl" }, select: { invitedAt: true } })).toEqual({ invitedAt: null });

    expect(await actions()).toEqual(["invitation-sent", "sign-in-failed", "password-set-by-link", "signed-in"]);
    const log = await listAuditEntries(db, 1);
    expect(log.entries.map((entry) => [entry.who, entry.what])).toEqual(
      expect.arrayContaining([["beheer@hu.nl", "Collega uitgenodigd"], ["collega@hu.nl", "Wachtwoord gekozen na uitnodiging"]]),
    );
  });

  it("expires after 48 hours", async () => {
    await inviteOrganiser(db, admin, "collega@hu.nl", now);
    const [link] = await deliveredLinks();
    expect(await openOrganiserLink(db, SECRET, link, later(48 * 60 - 1))).not.toBeNull();
    expect(await openOrganiserLink(db, SECRET, link, later(48 * 60))).toBeNull();
    expect(await setPasswordByLink(db, SECRET, link, NEW_PASSWORD, later(48 * 60))).toEqual({ ok: false, problem: "link" });
  });

  it("refuses a weak password without spending the link", async () => {
    await inviteOrganiser(db, admin, "collega@hu.nl", now);
    const [link] = await deliveredLinks();
    expect(await setPasswordByLink(db, SECRET, link, "kort", later(1))).toEqual({ ok: false, problem: "short" });
    expect(await setPasswordByLink(db, SECRET, link, "welkom123456", later(2))).toEqual({ ok: false, problem: "common" });
    expect((await setPasswordByLink(db, SECRET, link, NEW_PASSWORD, later(3))).ok).toBe(true);
  });

  it("ends the earlier link when the invitation is sent again, also in a mail not yet sent", async () => {
    const first = await inviteOrganiser(db, admin, "collega@hu.nl", now);
    const [firstLink] = await deliveredLinks();
    // Sent again twice within the same instant: the second mail of the two is never sent.
    await resendInvitation(db, admin, first.ok ? first.organiserId : "", later(60));
    expect(await inviteOrganiser(db, admin, "collega@hu.nl", later(60))).toMatchObject({ ok: true });
    const links = await deliveredLinks(later(61));
    expect(links).toHaveLength(2);
    expect(await db.outboxMail.count({ where: { kind: "invitation", status: "superseded" } })).toBe(1);
    expect(await openOrganiserLink(db, SECRET, firstLink, later(62))).toBeNull();
    expect(await openOrganiserLink(db, SECRET, links[1], later(62))).not.toBeNull();
    expect(await actions()).toEqual(["invitation-sent", "invitation-sent", "invitation-sent"]);
  });

  it("ends when the server's administrator gives the colleague a password instead (admin:reset-password)", async () => {
    await inviteOrganiser(db, admin, "collega@hu.nl", now);
    const [link] = await deliveredLinks();
    expect(await resetPassword(db, "collega@hu.nl", later(1))).toEqual(expect.any(String));
    expect(await db.organiser.findUniqueOrThrow({ where: { email: "collega@hu.nl" }, select: { invitedAt: true } })).toEqual({ invitedAt: null });
    expect(await openOrganiserLink(db, SECRET, link, later(2))).toBeNull();
  });

  it("does not invite an address that is an organiser already", async () => {
    expect(await inviteOrganiser(db, admin, "Beheer@hu.nl", now)).toEqual({ ok: false, message: "Dit e-mailadres is al organisator." });
    expect(await db.outboxMail.count()).toBe(0);
  });

  it("refuses a link whose expiry or purpose was changed", async () => {
    await inviteOrganiser(db, admin, "collega@hu.nl", now);
    const [link] = await deliveredLinks();
    const [id, , expires, mac] = link.split(".");
    for (const forged of [`${id}.invite.${Number(expires) + 86_400}.${mac}`, `${id}.reset.${expires}.${mac}`, `${id}.invite.${expires}.${"A".repeat(43)}`]) {
      expect(await openOrganiserLink(db, SECRET, forged, later(1))).toBeNull();
    }
  });
});

describe("a forgotten password", () => {
  it("mails a known address a link that works for one hour, once, and signs the organiser out everywhere", async () => {
    const sessions = await Promise.all([startSignInSession(db, admin.id, now, 8), startSignInSession(db, admin.id, now, 8)]);
    expect(await reset("Beheer@HU.nl")).toEqual({ ok: true });
    const [link] = await deliveredLinks();
    expect(smtp.mails[0]).toMatchObject({ to: "beheer@hu.nl", subject: "Kies een nieuw wachtwoord voor het beheer" });
    expect(await openOrganiserLink(db, SECRET, link, later(59))).toMatchObject({ purpose: "reset" });
    // Asking changes nothing yet: the old password and the sessions stay until the new one is set.
    expect(await organiserForSignIn(db, sessions[0].token, later(1))).not.toBeNull();

    expect((await setPasswordByLink(db, SECRET, link, NEW_PASSWORD, later(30))).ok).toBe(true);
    for (const { token } of sessions) expect(await organiserForSignIn(db, token, later(31))).toBeNull();
    expect(await setPasswordByLink(db, SECRET, link, "Nog een ander wachtwoord 2027", later(32))).toEqual({ ok: false, problem: "link" });
    expect(await signInWith("beheer@hu.nl", "Beheer-CoSIE-2027!", later(33))).toMatchObject({ ok: false });
    expect((await signInWith("beheer@hu.nl", NEW_PASSWORD, later(34))).ok).toBe(true);
    expect(await actions()).toEqual(["reset-requested", "password-set-by-link", "sign-in-failed", "signed-in"]);
  });

  it("expires after one hour", async () => {
    await reset("beheer@hu.nl");
    const [link] = await deliveredLinks();
    expect(await openOrganiserLink(db, SECRET, link, later(60))).toBeNull();
    expect(await setPasswordByLink(db, SECRET, link, NEW_PASSWORD, later(60))).toEqual({ ok: false, problem: "link" });
  });

  it("answers an unknown address the same way, sends nothing, and logs it without a name", async () => {
    expect(await reset("niemand@hu.nl")).toEqual(await reset("beheer@hu.nl", "192.0.2.8"));
    expect(await reset("\u0000@hu.nl")).toEqual({ ok: true });
    expect(await db.outboxMail.count()).toBe(1);
    await deliveredLinks();
    expect(smtp.mails.map((mail) => mail.to)).toEqual(["beheer@hu.nl"]);
    const entries = await db.auditEntry.findMany({ where: { action: "reset-requested" }, select: { organiserId: true } });
    expect(entries.filter((entry) => entry.organiserId === null)).toHaveLength(2);
    expect((await listAuditEntries(db, 1)).entries.map((entry) => entry.details)).toContain("Geen organisator met dit adres: niets verstuurd.");
  });

  it("is limited per address and IP, the same for a known and an unknown address", async () => {
    for (const email of ["beheer@hu.nl", "niemand@hu.nl"]) {
      for (let i = 0; i < rules.attempts; i++) expect(await reset(email, "198.51.100.1", later(i))).toEqual({ ok: true });
      expect(await reset(email, "198.51.100.1", later(5))).toEqual({ ok: false, waitSeconds: 3600 });
      // From the organiser's own address it still works, and after the window from this one.
      expect(await reset(email, "203.0.113.1", later(6))).toEqual({ ok: true });
      expect(await reset(email, "198.51.100.1", later(125))).toEqual({ ok: true });
    }
    // Only the requests within the limit mailed anything.
    expect(await db.outboxMail.count()).toBe(rules.attempts + 2);
  });

  it("counts one IP across addresses too, so it cannot mail every organiser", async () => {
    const answers = [];
    for (let i = 0; i < rules.attempts * 4 + 1; i++) answers.push(await reset(`iemand${i}@hu.nl`, "198.51.100.1"));
    expect(answers.at(-2)).toEqual({ ok: true });
    expect(answers.at(-1)).toMatchObject({ ok: false });
  });
});

describe("removing an organiser", () => {
  it("ends their sign-in sessions at once", async () => {
    await createOrganiser(db, "collega@hu.nl", "Een ander sterk wachtwoord 2027", now, false);
    const colleague = await db.organiser.findUniqueOrThrow({ where: { email: "collega@hu.nl" }, select: { id: true } });
    const { token } = await startSignInSession(db, colleague.id, now, 8);
    expect(await organiserForSignIn(db, token, later(1))).toMatchObject({ email: "collega@hu.nl" });
    expect(await removeOrganiser(db, admin, colleague.id)).toBeNull();
    expect(await organiserForSignIn(db, token, later(2))).toBeNull();
    expect(await db.adminSession.count({ where: { organiserId: colleague.id } })).toBe(0);
  });

  it("ends an invitation: its link no longer opens", async () => {
    const invited = await inviteOrganiser(db, admin, "collega@hu.nl", now);
    const [link] = await deliveredLinks();
    await removeOrganiser(db, admin, invited.ok ? invited.organiserId : "");
    expect(await openOrganiserLink(db, SECRET, link, later(1))).toBeNull();
  });
});
