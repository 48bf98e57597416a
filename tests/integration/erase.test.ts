import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drainOutbox } from "@/lib/mail/sender";
import { fileMailer, type Mailer } from "@/lib/mail/transport";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { eraseRegistrant } from "@/lib/registration/erase";
import { requestManageLink } from "@/lib/registration/lost-link";
import { register } from "@/lib/registration/register";
import { purgePersonalData } from "@/lib/registration/retention";
import { BEFORE, person, RULES } from "../support/fixtures";
import { settings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";
import { onPostgres } from "../support/postgres";

const world = withMailWorld();
const later = (seconds: number) => new Date(BEFORE.getTime() + seconds * 1000);
const ORGANISER = { organiserId: "cm00000000000000000organiser" };

let dir: string;
let files: Mailer;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cosie-mail-"));
  files = fileMailer(dir);
});
afterEach(() => {
  files.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function signUp(email: string, sessions: string[], at = BEFORE) {
  await register(world.db, person(email, sessions, `Naam van ${email}`), at, RULES);
  return world.db.registrant.findUniqueOrThrow({ where: { emailKey: email }, select: { id: true } });
}

/** Every mail file under MAIL_DIR, as paths relative to it. */
function mailFiles(): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith(".eml"));
}

describe("erasing a person", () => {
  it("removes their registrant row, sign-ups, outbox mails and mail files, and counts each sign-up by the status it had", async () => {
    const { s, db } = world;
    await db.session.update({ where: { id: s[4].id }, data: { capacity: 1 } });
    const bert = await signUp("bert@example.nl", [s[4].id]);
    const anne = await signUp("anne@example.nl", [s[1].id, s[2].id, s[4].id], later(1));
    const [second] = await db.signUp.findMany({ where: { registrantId: anne.id, sessionId: s[2].id }, select: { id: true } });
    await cancelOwnSignUps(db, anne.id, [second.id], later(2), RULES);
    await drainOutbox(db, files, later(3), settings);
    await requestManageLink(db, "anne@example.nl", later(4)); // still queued when she is erased
    expect(mailFiles().filter((file) => file.startsWith(anne.id))).toHaveLength(2);
    expect(mailFiles().filter((file) => file.startsWith(bert.id))).toHaveLength(1);

    expect(await eraseRegistrant(db, files, anne.id, later(5), RULES, "self")).toEqual({ signUps: 3 });

    expect(await db.registrant.findUnique({ where: { id: anne.id } })).toBeNull();
    expect(await db.signUp.count({ where: { registrantId: anne.id } })).toBe(0);
    expect(await db.outboxMail.count({ where: { OR: [{ registrantId: anne.id }, { recipient: "anne@example.nl" }] } })).toBe(0);
    expect(mailFiles().filter((file) => file.startsWith(anne.id))).toEqual([]);
    expect(fs.existsSync(path.join(dir, anne.id))).toBe(false);
    // Someone else's mails stay.
    expect(mailFiles().filter((file) => file.startsWith(bert.id))).toHaveLength(1);
    const counts = await db.erasedCount.findMany();
    const bySession = Object.fromEntries(counts.map(({ sessionId, ...count }) => [sessionId, count]));
    expect(bySession).toEqual({
      [s[1].id]: { confirmed: 1, waitlisted: 0, cancelled: 0 },
      [s[2].id]: { confirmed: 0, waitlisted: 0, cancelled: 1 },
      [s[4].id]: { confirmed: 0, waitlisted: 1, cancelled: 0 },
    });
    // The person did it themselves: nothing for the organisers' log.
    expect(await db.auditEntry.count()).toBe(0);
    // Another erasure adds to the counts.
    const carla = await signUp("carla@example.nl", [s[1].id]);
    await eraseRegistrant(db, files, carla.id, later(6), RULES, "self");
    expect(await db.erasedCount.findUnique({ where: { sessionId: s[1].id } })).toMatchObject({ confirmed: 2 });
  });

  it("gives a freed place to the first on the waiting list, who gets the moved-up mail; the audit entry names no one", async () => {
    const { s, db, smtp, mailer } = world;
    await db.session.update({ where: { id: s[4].id }, data: { capacity: 1 } });
    const anne = await signUp("anne@example.nl", [s[4].id]);
    await signUp("bert@example.nl", [s[4].id], later(1));
    await drainOutbox(db, mailer, later(2), settings);

    expect(await eraseRegistrant(db, mailer, anne.id, later(3), RULES, ORGANISER)).toEqual({ signUps: 1 });
    await drainOutbox(db, mailer, later(4), settings);

    const movedUp = smtp.mails.filter((mail) => /plek vrij/i.test(mail.subject));
    expect(movedUp.map((mail) => mail.to)).toEqual(["bert@example.nl"]);
    expect(movedUp[0].attachments.some((attachment) => attachment.contentType.startsWith("text/calendar"))).toBe(true);
    expect(await db.signUp.findFirst({ where: { sessionId: s[4].id }, select: { status: true } })).toEqual({ status: "confirmed" });
    const entries = await db.auditEntry.findMany();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "registrant-erased", organiserId: ORGANISER.organiserId, registrantId: null, sessionId: null });
    expect(JSON.parse(entries[0].detail)).toEqual({ signUps: 1 });
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(`${anne.id}|anne|Naam van`));
  });

  it("counts once when two erasures of the same person run at once, and the second finds nobody", async () => {
    const { s, db } = world;
    const anne = await signUp("anne@example.nl", [s[1].id, s[2].id]);
    const results = await Promise.all([
      eraseRegistrant(db, files, anne.id, later(1), RULES, "self"),
      eraseRegistrant(db, files, anne.id, later(1), RULES, ORGANISER),
    ]);
    expect(results.filter((result) => result !== null)).toEqual([{ signUps: 2 }]);
    expect(await db.erasedCount.findUnique({ where: { sessionId: s[1].id } })).toMatchObject({ confirmed: 1 });
    expect(await db.erasedCount.findUnique({ where: { sessionId: s[2].id } })).toMatchObject({ confirmed: 1 });
  });

  it("writes nothing, and keeps the mail files, when a step of the erasure fails", async () => {
    const { s, db } = world;
    await db.session.update({ where: { id: s[4].id }, data: { capacity: 1 } });
    const anne = await signUp("anne@example.nl", [s[1].id, s[4].id]);
    await signUp("bert@example.nl", [s[4].id], later(1));
    await drainOutbox(db, files, later(2), settings);
    await requestManageLink(db, "anne@example.nl", later(3));
    const before = {
      signUps: await db.signUp.findMany({ orderBy: { id: "asc" } }),
      mails: await db.outboxMail.findMany({ orderBy: { id: "asc" } }),
      files: mailFiles().sort(),
    };

    // The database refuses the deletion of the registrant row, which comes after the counts and deletions.
    if (onPostgres()) {
      await db.$executeRawUnsafe(`CREATE FUNCTION refuse_erase() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test trigger'; END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER refuse_erase BEFORE DELETE ON "Registrant" FOR EACH ROW EXECUTE FUNCTION refuse_erase()`);
    } else {
      await db.$executeRawUnsafe(`CREATE TRIGGER refuse_erase BEFORE DELETE ON "Registrant" BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END`);
    }
    await expect(eraseRegistrant(db, files, anne.id, later(4), RULES, ORGANISER)).rejects.toThrow();

    expect(await db.registrant.findUnique({ where: { id: anne.id }, select: { id: true } })).toEqual({ id: anne.id });
    expect(await db.signUp.findMany({ orderBy: { id: "asc" } })).toEqual(before.signUps);
    expect(await db.outboxMail.findMany({ orderBy: { id: "asc" } })).toEqual(before.mails);
    expect(await db.erasedCount.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
    expect(mailFiles().sort()).toEqual(before.files);
  });
});

describe("the retention purge", () => {
  it("deletes the mail files of the people it removes, by their folder", async () => {
    const { s, db } = world;
    const anne = await signUp("anne@example.nl", [s[1].id]);
    const bert = await signUp("bert@example.nl", [s[2].id]);
    await drainOutbox(db, files, later(1), settings);
    expect(mailFiles()).toHaveLength(2);
    const last = await db.session.findFirstOrThrow({ orderBy: { endsAt: "desc" } });

    expect(await purgePersonalData(db, files, new Date(last.endsAt.getTime() + 29 * 86_400_000), 30)).toBe(0);
    expect(mailFiles()).toHaveLength(2);
    expect(await purgePersonalData(db, files, new Date(last.endsAt.getTime() + 30 * 86_400_000), 30)).toBe(2);
    expect(mailFiles()).toEqual([]);
    for (const { id } of [anne, bert]) expect(fs.existsSync(path.join(dir, id))).toBe(false);
  });
});
