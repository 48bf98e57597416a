import { describe, expect, it } from "vitest";
import { cancelSignUpByOrganiser } from "@/lib/admin/registrations";
import { cancelSession } from "@/lib/admin/sessions";
import { readPayload } from "@/lib/mail/payloads";
import { drainOutbox } from "@/lib/mail/sender";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { register } from "@/lib/registration/register";
import { BEFORE, person, RULES } from "../support/fixtures";
import { settings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";

// A cancellation mail says who decided: the person, an organiser (the session goes ahead), or the
// organisers calling the session off. The organisers' mails give the contact address to ask.

const ORGANISER = { id: "organiser-1" };
const world = withMailWorld();
const session = () => world.s[1];
const send = () => drainOutbox(world.db, world.mailer, BEFORE, settings);

async function signUp(email: string) {
  await register(world.db, person(email, [session().id], "Anne de Vries"), BEFORE, RULES);
  const signUp = await world.db.signUp.findFirstOrThrow({ where: { registrant: { emailKey: email }, sessionId: session().id } });
  await send();
  world.smtp.mails.length = 0;
  return signUp;
}

const contactInBothParts = (mail: { text: string; html: string }) => {
  expect(mail.text).toContain(`Mail dan naar ${settings.contactEmail}`);
  expect(mail.html).toContain(`href="mailto:${settings.contactEmail}"`);
};

describe("an organiser's cancellation mail", () => {
  it("for one sign-up says the organisers cancelled it, that the session goes ahead, and whom to ask", async () => {
    const anne = await signUp("anne@example.nl");
    await cancelSignUpByOrganiser(world.db, ORGANISER, anne.id, BEFORE, RULES);
    await send();

    const [mail] = world.smtp.mails;
    expect(mail.subject).toBe(`Je aanmelding is geannuleerd door de organisatie: ${session().title}`);
    expect(mail.text).toContain("De organisatoren van de online sessies hebben je aanmelding geannuleerd.");
    expect(mail.text).toContain("De sessie zelf gaat wel door.");
    expect(mail.text).not.toMatch(/Je bent afgemeld|gaat niet door/);
    contactInBothParts(mail);
    expect(mail.attachments[0].content).toContain("METHOD:CANCEL");
  });

  it("for a session called off says the organisers decided it does not go ahead, and whom to ask", async () => {
    await signUp("anne@example.nl");
    await cancelSession(world.db, ORGANISER, session().id, { confirmed: 1, waitlisted: 0 }, BEFORE, RULES);
    await send();

    const [mail] = world.smtp.mails;
    expect(mail.subject).toBe(`Gaat niet door: ${session().title}`);
    expect(mail.text).toContain("De organisatoren hebben besloten dat deze sessie niet doorgaat. Sorry daarvoor.");
    contactInBothParts(mail);
  });

  it("is not what someone who cancelled themselves gets", async () => {
    const anne = await signUp("anne@example.nl");
    await cancelOwnSignUps(world.db, anne.registrantId, "all", BEFORE, RULES);
    await send();

    const [mail] = world.smtp.mails;
    expect(mail.subject).toBe("Je bent afgemeld voor de online sessie over co-creatie");
    expect(mail.text).not.toMatch(/organisatoren|gaat niet door/i);
  });
});

describe("a cancellation mail queued before the reason was stored", () => {
  async function queuedWithOldPayload(byOrganiser: boolean) {
    const anne = await signUp("anne@example.nl");
    await cancelOwnSignUps(world.db, anne.registrantId, "all", BEFORE, RULES);
    // As the previous version wrote it: no reason, only whether an organiser called the session off.
    const row = await world.db.outboxMail.findFirstOrThrow({ where: { kind: "cancellation" } });
    const { reason, ...rest } = JSON.parse(row.payload);
    expect(reason).toBe("self");
    await world.db.outboxMail.update({ where: { id: row.id }, data: { payload: JSON.stringify({ ...rest, byOrganiser }) } });
    await send();
    return world.smtp.mails;
  }

  it("is still sent: byOrganiser true reads as the session called off", async () => {
    const [mail] = await queuedWithOldPayload(true);
    expect(mail.subject).toBe(`Gaat niet door: ${session().title}`);
    contactInBothParts(mail);
  });

  it("is still sent: byOrganiser false reads as the person's own", async () => {
    const [mail] = await queuedWithOldPayload(false);
    expect(mail.subject).toBe("Je bent afgemeld voor de online sessie over co-creatie");
  });

  it("reads through the kind's schema; a payload with neither field fails loudly", () => {
    const signUps = [{ signUpId: "s1", sequence: 2 }];
    expect(readPayload("cancellation", JSON.stringify({ manageLink: 1, signUps, byOrganiser: true }))).toEqual({
      manageLink: 1,
      signUps,
      reason: "session-cancelled",
    });
    expect(readPayload("cancellation", JSON.stringify({ manageLink: 1, signUps, reason: "organiser" }))).toEqual({
      manageLink: 1,
      signUps,
      reason: "organiser",
    });
    expect(() => readPayload("cancellation", JSON.stringify({ manageLink: 1, signUps }))).toThrow();
  });
});
