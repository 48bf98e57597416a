import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { openManageLink } from "@/lib/links/manage-link";
import { signLink } from "@/lib/links/personal-link";
import { linkSecret } from "@/lib/links/secret";
import { drainOutbox } from "@/lib/mail/sender";
import { correctOwnDetails } from "@/lib/registration/correct";
import { requestManageLink } from "@/lib/registration/lost-link";
import { register } from "@/lib/registration/register";
import { BEFORE, person, RULES } from "../support/fixtures";
import { settings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";

const world = withMailWorld();

const linkIn = (text: string) => text.match(/\/mijn-aanmelding\/([a-z0-9]{20,40}\.[A-Za-z0-9_-]{43})/)?.[1];
const sequenceIn = (ics: string) => ics.replace(/\r?\n[ \t]/g, "").match(/SEQUENCE:(\d+)/)?.[1];
const owner = async (link: string, now = BEFORE) => (await openManageLink(world.db, settings.linkSecret, link, now))?.id ?? null;

async function signUp(email = "anne@example.nl") {
  await register(world.db, person(email, [world.s[1].id]), BEFORE, RULES);
  return world.db.registrant.findUniqueOrThrow({ where: { emailKey: email } });
}

/** Sends what is queued with the server answering 451 once, then again once the back-off has passed. */
async function sendWithOneRetry() {
  world.smtp.deferNext = 1;
  expect(await drainOutbox(world.db, world.mailer, BEFORE, settings)).toMatchObject({ sent: 0, retrying: 1 });
  const { nextAttemptAt } = await world.db.outboxMail.findFirstOrThrow({ where: { status: "pending" } });
  return nextAttemptAt;
}

describe("a retried mail", () => {
  it("carries the same manage link, calendar sequence and Message-ID as the first attempt", async () => {
    await signUp();
    const retryAt = await sendWithOneRetry();
    expect(await drainOutbox(world.db, world.mailer, retryAt, settings)).toMatchObject({ sent: 1 });

    const [first, second] = [world.smtp.deferred[0], world.smtp.mails[0]];
    expect(linkIn(first.text)).toBeDefined();
    expect(linkIn(second.text)).toBe(linkIn(first.text));
    expect(sequenceIn(second.attachments[0].content)).toBe(sequenceIn(first.attachments[0].content));
    expect(second.messageId).toBe(first.messageId);
    // Composing wrote nothing: no second sequence was taken for the retry.
    expect((await world.db.signUp.findFirstOrThrow()).calendarSequence).toBe(Number(sequenceIn(first.attachments[0].content)));
  });

  it("keeps its link even when the person asks for a new one between the attempts", async () => {
    await signUp();
    const retryAt = await sendWithOneRetry();
    await requestManageLink(world.db, "anne@example.nl", BEFORE);
    await drainOutbox(world.db, world.mailer, retryAt, settings);
    const confirmation = world.smtp.mails.find((mail) => /aanmelding voor/.test(mail.subject))!;
    const fresh = world.smtp.mails.find((mail) => /persoonlijke link/.test(mail.subject))!;
    expect(linkIn(confirmation.text)).toBe(linkIn(world.smtp.deferred[0].text));
    expect(linkIn(fresh.text)).not.toBe(linkIn(confirmation.text));
  });
});

describe("a manage link", () => {
  it("is derived: nothing stored opens it, and it opens the page of its owner only", async () => {
    const anne = await signUp();
    await drainOutbox(world.db, world.mailer, BEFORE, settings);
    const link = linkIn(world.smtp.mails[0].text)!;
    expect(link.split(".")[0]).toBe(anne.id);
    expect(await owner(link)).toBe(anne.id);
    const mac = link.split(".")[1];
    for (const rows of [await world.db.outboxMail.findMany(), await world.db.registrant.findMany(), await world.db.serverSecret.findMany()]) {
      expect(JSON.stringify(rows)).not.toContain(mac);
    }
  });

  it("is refused when its format is wrong, its MAC is changed, or it was made for another purpose", async () => {
    const anne = await signUp();
    const link = signLink(settings.linkSecret, "manage", anne.id, 1);
    const flipped = `${link.slice(0, -1)}${link.endsWith("A") ? "B" : "A"}`;
    for (const bad of ["", "x", anne.id, `${anne.id}.`, `${link}x`, `${link}\n`, link.toUpperCase(), flipped, `../${link}`]) {
      expect(await owner(bad), JSON.stringify(bad)).toBeNull();
    }
    // The last character holds two unused bits: its other spellings decode to the same bytes.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(link.at(-1)!);
    for (let spelling = last & ~3; spelling < (last & ~3) + 4; spelling++) {
      if (spelling !== last) expect(await owner(`${link.slice(0, -1)}${alphabet[spelling]}`)).toBeNull();
    }
    expect(await owner(signLink(settings.linkSecret, "join", anne.id, 1))).toBeNull();
    expect(await owner(signLink(Buffer.from("another secret, also long enough!!"), "manage", anne.id, 1))).toBeNull();
  });

  it("dies when its version is raised, and when its owner is deleted", async () => {
    const anne = await signUp();
    const old = signLink(settings.linkSecret, "manage", anne.id, 1);
    await requestManageLink(world.db, "anne@example.nl", BEFORE);
    const fresh = signLink(settings.linkSecret, "manage", anne.id, 2);
    expect([await owner(old), await owner(fresh)]).toEqual([anne.id, anne.id]);

    await world.db.registrant.update({ where: { id: anne.id }, data: { manageLinkValidFrom: 2 } });
    expect([await owner(old), await owner(fresh)]).toEqual([null, anne.id]);
    await world.db.registrant.delete({ where: { id: anne.id } });
    expect(await owner(fresh)).toBeNull();
  });
});

describe("a new link from “Link kwijt?”", () => {
  it("leaves the older links working when it is requested, and ends them when it is first used", async () => {
    const anne = await signUp();
    const old = signLink(settings.linkSecret, "manage", anne.id, 1);
    await requestManageLink(world.db, "anne@example.nl", BEFORE);
    await drainOutbox(world.db, world.mailer, BEFORE, settings);
    const fresh = linkIn(world.smtp.mails.find((mail) => /persoonlijke link/.test(mail.subject))!.text)!;
    expect(fresh).not.toBe(old);

    expect(await owner(old)).toBe(anne.id);
    expect(await owner(old), "using an older link retires nothing").toBe(anne.id);
    expect(await owner(fresh)).toBe(anne.id);
    expect(await owner(old)).toBeNull();
    expect(await owner(fresh), "the new link keeps working").toBe(anne.id);
  });

  it("that is never used leaves the link in use working, and a later one ends both", async () => {
    const anne = await signUp();
    await requestManageLink(world.db, "anne@example.nl", BEFORE);
    await requestManageLink(world.db, "anne@example.nl", BEFORE);
    const [first, second, third] = [1, 2, 3].map((version) => signLink(settings.linkSecret, "manage", anne.id, version));
    expect(await owner(second)).toBe(anne.id);
    expect([await owner(first), await owner(second), await owner(third)]).toEqual([null, anne.id, anne.id]);
    expect(await owner(third)).toBe(anne.id);
    expect([await owner(first), await owner(second)]).toEqual([null, null]);
  });
});

describe("correcting one's own details", () => {
  it("changes name, organisation and role, the search key with them, and the next mail uses the new name", async () => {
    const anne = await signUp();
    await drainOutbox(world.db, world.mailer, BEFORE, settings);
    expect(await correctOwnDetails(world.db, anne.id, { name: "Anne Jansen", organisation: "Gemeente Zeist", role: "Adviseur" })).toBe(true);
    expect(await world.db.registrant.findUniqueOrThrow({ where: { id: anne.id } })).toMatchObject({
      name: "Anne Jansen",
      organisation: "Gemeente Zeist",
      role: "Adviseur",
      email: "anne@example.nl",
      searchKey: "anne jansen anne@example.nl gemeente zeist",
    });
    await requestManageLink(world.db, "anne@example.nl", BEFORE);
    await drainOutbox(world.db, world.mailer, BEFORE, settings);
    expect(world.smtp.mails.at(-1)!.text).toContain("Hallo Anne Jansen,");
    // Nobody audits a person's own correction.
    expect(await world.db.auditEntry.count()).toBe(0);
    expect(await correctOwnDetails(world.db, anne.id, { name: "Anne", organisation: "X", role: undefined })).toBe(true);
    expect((await world.db.registrant.findUniqueOrThrow({ where: { id: anne.id } })).role).toBeNull();
  });

  it("does nothing for a person who no longer exists", async () => {
    expect(await correctOwnDetails(world.db, "cm0000000000000000000000a", { name: "A", organisation: "B", role: undefined })).toBe(false);
    expect(await world.db.registrant.count()).toBe(0);
  });
});

describe("the link secret", () => {
  it("is generated once and shared by every instance and restart", async () => {
    const [other, restarted] = [createDb(world.url), createDb(world.url)];
    try {
      const [a, b] = await Promise.all([linkSecret(world.db, undefined), linkSecret(other, undefined)]);
      expect(a.length).toBe(32);
      expect(b.equals(a)).toBe(true);
      expect((await linkSecret(restarted, undefined)).equals(a)).toBe(true);
      expect(await world.db.serverSecret.count()).toBe(1);
    } finally {
      await Promise.all([other.$disconnect(), restarted.$disconnect()]);
    }
  });

  it("is APP_SECRET when that is set", async () => {
    const configured = "a secret from the environment, 32+ chars";
    expect((await linkSecret(world.db, configured)).toString("utf8")).toBe(configured);
    expect(await world.db.serverSecret.count()).toBe(0);
  });
});
