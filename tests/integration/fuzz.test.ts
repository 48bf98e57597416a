import fc from "fast-check";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { updateSession } from "@/lib/admin/sessions";
import { csvLines, neutraliseFormula } from "@/lib/admin/csv";
import { formValuesOf, readSessionForm, sessionFormSchema, SESSION_FIELDS } from "@/lib/admin/session-form";
import { signIn } from "@/lib/auth/sign-in";
import { calendarLinks } from "@/lib/calendar-links";
import { listRegistrations } from "@/lib/data/admin-registrations";
import { openManageLink } from "@/lib/links/manage-link";
import { lostLinkSchema, registrationSchema } from "@/lib/registration/form-schema";
import { requestManageLink } from "@/lib/registration/lost-link";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { BEFORE, RULES } from "../support/fixtures";
import { passSettings } from "../support/mail-setup";
import { withMailWorld } from "../support/mail-world";

// Hostile and unusual pieces of text: markup, quotes, entities, emoji, right-to-left marks and
// overrides, line breaks, NUL, header and formula injection. Values are built from these and from
// arbitrary Unicode, so every run tries a different mix.
const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"',
  "'",
  "&amp;",
  "&lt;b&gt;",
  "</p><p>",
  "👩🏽‍💼",
  "🇳🇱",
  "\u202e",
  "\u200f",
  "\u200b",
  "\r\n",
  "\n",
  "\r",
  "\u0000",
  "\t",
  "Bcc: iemand@example.com",
  '=HYPERLINK("x")',
  "+31 30",
  "-",
  "@",
  "${x}",
  "{{x}}",
  "\\",
  ";",
  "Gemeente 's-Hertogenbosch",
  "B.V.",
  "Ünïcödé",
  "  ",
];
const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ maxLength: 6 }));
const hostileText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
const RUNS = { numRuns: 40 };

/** Every answer to a refused value is a Dutch sentence, not an exception or an empty message. */
function expectDutchMessages(error: { issues: { message: string }[] }) {
  expect(error.issues.length).toBeGreaterThan(0);
  for (const { message } of error.issues) expect(message).toMatch(/^[A-Z][^\n]{10,}[.!?]$/);
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");

describe("hostile values, thrown at the forms' domain", () => {
  const world = withMailWorld();
  let serial = 0;

  it("registration: a value is refused with a Dutch message, or stored as typed and shown as text in both mail parts, headers and CSV", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, fc.option(hostileText, { nil: undefined }), async (name, organisation, role) => {
        const email = `fuzz-${++serial}@example.nl`;
        const raw = { name, email, organisation, role, sessions: [world.s[1].id], consent: "on", website: "" };
        const parsed = registrationSchema.safeParse(raw);
        const before = await world.db.registrant.count();
        if (!parsed.success) {
          expectDutchMessages(parsed.error);
          expect(await world.db.registrant.count()).toBe(before);
          return;
        }
        expect(await register(world.db, parsed.data, BEFORE, RULES)).toMatchObject({ ok: true });
        const stored = await world.db.registrant.findUniqueOrThrow({ where: { emailKey: email } });
        expect(stored).toMatchObject({ name: name.trim(), organisation: organisation.trim(), role: parsed.data.role ?? null });
        expect(await world.db.signUp.count({ where: { registrantId: stored.id } })).toBe(1);

        world.smtp.mails.length = 0;
        await runPass({ db: world.db, mailer: world.mailer, settings: passSettings }, BEFORE);
        const [mail] = world.smtp.mails.filter((m) => m.to === email);
        expect(mail.subject).toBe("Je aanmelding voor de online sessies over co-creatie");
        expect(collapse(mail.text)).toContain(collapse(stored.name));
        expect(mail.html).toContain(escapeHtml(stored.name));
        // What a visitor typed never becomes markup or a link in the mail.
        expect(mail.html).not.toMatch(/<script|<img src=x/i);
        const links = [...mail.html.matchAll(/href="([^"]*)"/g)].map(([, href]) => href);
        // The web-calendar links are exactly the session's own, built from its title, time and public page: nothing typed.
        const calendar = Object.values(calendarLinks(world.s[1], passSettings.appUrl));
        expect(links.filter((href) => /^https:\/\/(outlook\.office|calendar\.google)\.com\//.test(href))).toHaveLength(2);
        for (const href of links) {
          if (/^https:\/\/(outlook\.office|calendar\.google)\.com\//.test(href)) expect(calendar).toContain(href.replaceAll("&amp;", "&"));
          else expect(href).toMatch(/^(https:\/\/sessies\.example\.nl\/|mailto:contact@example\.nl)/);
        }
        // The calendar file keeps every line a property: the name cannot add one of its own.
        for (const { content } of mail.attachments) {
          const lines = content.split(/\r\n(?![ \t])/).map((line) => line.replace(/\r\n[ \t]/g, ""));
          expect(lines.every((line) => /^[A-Z-]+[;:]|^$/.test(line))).toBe(true);
          // It names no one: the join page is the only personal thing in it.
          expect(content).not.toContain(email);
        }

        const rows = await listRegistrations(world.db, { query: email });
        const [line] = parseCsv(csvLines(rows), { delimiter: ";", relax_quotes: true }) as string[][];
        // As typed; a cell a spreadsheet would run as a formula starts with an apostrophe.
        expect(line[0]).toBe(neutraliseFormula(stored.name));
        expect(line[2]).toBe(neutraliseFormula(stored.organisation));
        accepted++;
      }),
      { numRuns: 60 },
    );
    // Both sides were tried: a property that only ever refused would prove little.
    expect(accepted).toBeGreaterThan(5);
  });

  it("lost link: any value is refused with a Dutch message or answered, never an error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, fc.emailAddress()), async (email) => {
        const parsed = lostLinkSchema.safeParse({ email });
        if (!parsed.success) return expectDutchMessages(parsed.error);
        expect(typeof (await requestManageLink(world.db, parsed.data.email, BEFORE))).toBe("boolean");
      }),
      RUNS,
    );
  });

  it("manage links: any text, and any text of the right shape, opens nothing and breaks nothing", async () => {
    const shaped = fc.tuple(fc.stringMatching(/^[a-z0-9]{25}$/), fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/)).map(([id, mac]) => `${id}.${mac}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, shaped, fc.string({ unit: "binary", maxLength: 300 })), async (link) => {
        expect(await openManageLink(world.db, passSettings.linkSecret, link, BEFORE)).toBeNull();
      }),
      RUNS,
    );
  });

  it("organiser sign-in: any address, password and IP is refused without an error", async () => {
    let t = BEFORE.getTime();
    await fc.assert(
      fc.asyncProperty(hostileText, fc.string({ unit: "binary", maxLength: 200 }), hostileText, async (email, password, ip) => {
        t += 60_000;
        const result = await signIn(world.db, passSettings.linkSecret, { email, password, ip }, new Date(t), { attempts: 5, windowSeconds: 900, sessionHours: 8 });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 5 },
    );
  });

  it("session editor: a value is refused with a Dutch message, or saved as typed", async () => {
    const session = world.s[2];
    const field = fc.constantFrom(...SESSION_FIELDS);
    await fc.assert(
      fc.asyncProperty(field, hostileText, async (name, value) => {
        const form = new FormData();
        const current = await world.db.session.findUniqueOrThrow({ where: { id: session.id } });
        const values = formValuesOf(current);
        for (const key of SESSION_FIELDS) form.set(key, key === name ? value : values[key]);
        const parsed = sessionFormSchema.safeParse(readSessionForm(form));
        if (!parsed.success) {
          expectDutchMessages(parsed.error);
          expect(await world.db.session.findUniqueOrThrow({ where: { id: session.id } })).toEqual(current);
          return;
        }
        const result = await updateSession(world.db, { id: "organiser-1" }, session.id, parsed.data, BEFORE, RULES);
        if (!result.ok) return;
        const saved = await world.db.session.findUniqueOrThrow({ where: { id: session.id } });
        if (typeof parsed.data[name] === "string") expect(saved[name]).toBe(parsed.data[name]);
      }),
      RUNS,
    );
  });
});
