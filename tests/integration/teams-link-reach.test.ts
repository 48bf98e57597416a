import { describe, expect, it } from "vitest";
import { cancelSignUpByOrganiser, resendMail } from "@/lib/admin/registrations";
import { cancelSession } from "@/lib/admin/sessions";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { requestManageLink } from "@/lib/registration/lost-link";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { BEFORE, person, RULES } from "../support/fixtures";
import { passSettings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";
import type { CapturedMail } from "../support/smtp";

// The Teams link reaches confirmed registrants only, and only in the link mail and its
// correction: every other mail, and every calendar file in it, goes out before the link is due
// or to someone who may hold no place. Each mail is read as the SMTP server received it.

const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_JOINSECRET%40thread.v2/0";
const NEW_TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NEWSECRET%40thread.v2/0";
const HOUR = 60 * 60 * 1000;
const ORGANISER = { id: "organiser-1" };

const world = withMailWorld();
const session = () => world.s[1];
const beforeStart = (hours: number) => new Date(session().startsAt.getTime() - hours * HOUR);
const pass = (now: Date) => runPass({ db: world.db, mailer: world.mailer, settings: passSettings }, now);

// Calendar files fold long lines (CRLF and a space); a folded link is still a link.
const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, "");
const parts = (mail: CapturedMail) => ({
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  ...Object.fromEntries(mail.attachments.map((attachment, i) => [`attachment ${i} (${attachment.filename})`, unfold(attachment.content)])),
});
/** The parts of a mail that carry a Teams link: any link to Teams at all, not only the current one. */
const partsWithLink = (mail: CapturedMail) =>
  Object.entries(parts(mail))
    .filter(([, content]) => /teams\.microsoft\.com|JOINSECRET|NEWSECRET/.test(content))
    .map(([part]) => part);
const leaks = () => world.smtp.mails.filter((mail) => partsWithLink(mail).length > 0).map((mail) => `${mail.to}: ${mail.subject}: ${partsWithLink(mail)}`);

async function signUp(email: string) {
  await register(world.db, person(email, [session().id], email.split("@")[0]), BEFORE, RULES);
  return world.db.signUp.findFirstOrThrow({ where: { registrant: { emailKey: email }, sessionId: session().id } });
}

describe("the Teams link", () => {
  it("is in no mail of any kind, to anyone, before the link mails are due", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS, capacity: 2 } });
    const anne = await signUp("anne@example.nl");
    const bert = await signUp("bert@example.nl");
    const wim = await signUp("wim@example.nl");
    await signUp("vera@example.nl");
    await pass(BEFORE);

    await requestManageLink(world.db, "wim@example.nl", BEFORE);
    await cancelOwnSignUps(world.db, bert.registrantId, "all", BEFORE, RULES);
    await pass(BEFORE);
    await cancelSignUpByOrganiser(world.db, ORGANISER, anne.id, BEFORE, RULES);
    await pass(BEFORE);
    await resendMail(world.db, ORGANISER, wim.registrantId, BEFORE);
    await pass(BEFORE);
    await cancelSession(world.db, ORGANISER, session().id, { confirmed: 2, waitlisted: 0 }, BEFORE, RULES);
    await pass(BEFORE);

    // Every kind of mail a registrant can get before the link is due went out, confirmed and waitlisted.
    const subjects = world.smtp.mails.map((mail) => `${mail.to}: ${mail.subject}`);
    for (const expected of [
      /anne@.*: Je aanmelding voor/,
      /wim@.*: Je aanmelding voor/,
      /wim@.*: Je persoonlijke link/,
      /bert@.*: Je bent afgemeld/,
      /wim@.*: Er is een plek vrij/,
      /anne@.*: Je aanmelding is geannuleerd door de organisatie/,
      /vera@.*: Er is een plek vrij/,
      /vera@.*: Gaat niet door/,
    ]) {
      expect(subjects.some((subject) => expected.test(subject)), `${expected}`).toBe(true);
    }
    expect(world.smtp.mails.filter((mail) => mail.attachments.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(leaks()).toEqual([]);
  });

  it("once due, is only in the link mail and its correction, only to confirmed people", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS, capacity: 1 } });
    const anne = await signUp("anne@example.nl");
    const wim = await signUp("wim@example.nl");
    await pass(BEFORE);

    await pass(beforeStart(47));
    const link = world.smtp.mails.find((mail) => mail.to === "anne@example.nl" && /Teams-link/.test(mail.subject))!;
    // In the mail's small print only: the calendar file, forwarded as easily, leads to the join page.
    expect(partsWithLink(link)).toEqual(["text", "html"]);
    expect(link.text).toContain(TEAMS);
    expect(unfold(link.attachments[0].content)).toMatch(/^URL:https:\/\/sessies\.example\.nl\/deelnemen\//m);

    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: NEW_TEAMS, linkVersion: { increment: 1 } } });
    await pass(beforeStart(46));
    const correction = world.smtp.mails.find((mail) => mail.to === "anne@example.nl" && /^Gewijzigd/.test(mail.subject))!;
    expect(correction.text).toContain(NEW_TEAMS);
    expect(partsWithLink(correction)).toEqual(["text", "html"]);

    // Every other mail inside the window: a resent confirmation, a new manage link, an organiser's
    // cancellation, the move-up it causes and the session called off.
    await resendMail(world.db, ORGANISER, anne.registrantId, beforeStart(45));
    await resendMail(world.db, ORGANISER, wim.registrantId, beforeStart(45));
    await requestManageLink(world.db, "anne@example.nl", beforeStart(45));
    await pass(beforeStart(45));
    await cancelSignUpByOrganiser(world.db, ORGANISER, anne.id, beforeStart(44), RULES);
    await pass(beforeStart(44));
    await cancelSession(world.db, ORGANISER, session().id, { confirmed: 1, waitlisted: 0 }, beforeStart(43), RULES);
    await pass(beforeStart(43));

    // Wim moved up inside the window: the link reaches him through the link mail, not the move-up mail.
    const carrying = world.smtp.mails.filter((mail) => partsWithLink(mail).length > 0).map((mail) => `${mail.to}: ${mail.subject.split(":")[0]}`);
    expect(carrying).toEqual([
      "anne@example.nl: De Teams-link voor vrijdag 4 juni 2027, 13.30–14.30 uur",
      "anne@example.nl: Gewijzigd",
      "wim@example.nl: De Teams-link voor vrijdag 4 juni 2027, 13.30–14.30 uur",
    ]);
    const movedUp = world.smtp.mails.find((mail) => mail.to === "wim@example.nl" && /plek vrij/.test(mail.subject))!;
    expect(movedUp.text).toContain("De link naar Teams krijg je binnen een paar minuten in een aparte mail.");
    expect(world.smtp.mails.filter((mail) => mail.to === "anne@example.nl" && /geannuleerd/.test(mail.subject))).toHaveLength(1);
    expect(world.smtp.mails.filter((mail) => mail.to === "wim@example.nl" && /Gaat niet door/.test(mail.subject))).toHaveLength(1);
  });
});

describe("the calendar entry of the link mail", () => {
  const sequenceOf = (ics: string) => Number(unfold(ics).match(/^SEQUENCE:(\d+)/m)![1]);
  const mailsTo = (email: string, subject: RegExp) => world.smtp.mails.filter((mail) => mail.to === email && subject.test(mail.subject));

  it("is not replaced by a later confirmation, which has no link: that mail brings files only for places without a link mail", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS } });
    const anne = await signUp("anne@example.nl");
    await pass(BEFORE);
    await pass(beforeStart(47));
    const [link] = mailsTo("anne@example.nl", /Teams-link/);

    // Anne signs up for a second session, and the organisers resend her confirmation.
    await register(world.db, person("anne@example.nl", [world.s[2].id], "anne"), beforeStart(46), RULES);
    await resendMail(world.db, ORGANISER, anne.registrantId, beforeStart(46));
    await pass(beforeStart(46));
    const confirmations = mailsTo("anne@example.nl", /Je aanmelding voor/).slice(1);
    expect(confirmations).toHaveLength(2);
    for (const confirmation of confirmations) {
      expect(confirmation.text).toContain(session().title);
      expect(confirmation.attachments.map((file) => file.filename)).toEqual(["sessie-11-juni-2027.ics"]);
    }
    expect(link.attachments[0].filename).toBe("sessie-4-juni-2027.ics");
    expect(leaks().filter((leak) => !/Teams-link/.test(leak))).toEqual([]);
  });

  it("comes again, as a first link mail, for a place taken again after cancelling", async () => {
    await world.db.session.update({ where: { id: session().id }, data: { teamsUrl: TEAMS } });
    const anne = await signUp("anne@example.nl");
    await pass(BEFORE);
    await pass(beforeStart(47));
    await cancelOwnSignUps(world.db, anne.registrantId, "all", beforeStart(46), RULES);
    await pass(beforeStart(46));
    await register(world.db, person("anne@example.nl", [session().id], "anne"), beforeStart(45), RULES);
    await pass(beforeStart(45));

    const links = mailsTo("anne@example.nl", /Teams-link/);
    expect(links.map((mail) => mail.subject.split(":")[0])).toEqual([
      "De Teams-link voor vrijdag 4 juni 2027, 13.30–14.30 uur",
      "De Teams-link voor vrijdag 4 juni 2027, 13.30–14.30 uur",
    ]);
    expect(mailsTo("anne@example.nl", /^Gewijzigd/)).toHaveLength(0);
    const confirmation = mailsTo("anne@example.nl", /Je aanmelding voor/).at(-1)!;
    // The new link mail's entry comes after the confirmation's, so the calendar ends with the link mail's.
    expect(sequenceOf(links[1].attachments[0].content)).toBeGreaterThan(sequenceOf(confirmation.attachments[0].content));
    expect(unfold(links[1].attachments[0].content)).toMatch(/^URL:https:\/\/sessies\.example\.nl\/deelnemen\//m);
    expect(partsWithLink(confirmation)).toEqual([]);
  });
});
