import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { JoinTips } from "@/components/join-tips";
import { Markdown } from "@/components/markdown";
import { listAuditEntries } from "@/lib/data/admin-logs";
import { currentSiteDetails } from "@/lib/data/site-settings";
import { queryProgramme, toProgramme } from "@/lib/data/programme";
import { loadTexts, saveTexts } from "@/lib/admin/texts";
import { CLOSE_BEFORE_OPEN, textsSchema, textsValuesOf, type TextsInput } from "@/lib/admin/texts-form";
import type { Db } from "@/lib/db";
import { smtpMailer, type Mailer } from "@/lib/mail/transport";
import { register } from "@/lib/registration/register";
import { runPass } from "@/lib/scheduler/pass";
import { DEFAULT_PRIVACY_AUDIENCE } from "@/lib/site-settings";
import { markdownToHtml } from "@/lib/text/markdown";
import { series as seedSeries, sessions as seedSessions } from "@/prisma/seed/series";
import { projectSections } from "@/prisma/seed/project";
import { BEFORE, person, RULES, seededSessions } from "../support/fixtures";
import { passSettings as settings } from "../support/mail-setup";
import { startSmtp, type TestSmtp } from "../support/smtp";
import { freshDatabase } from "../support/test-db";

const ORGANISER = { id: "organiser-1" };
const TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
const HOUR = 60 * 60 * 1000;

/** Every way to smuggle a script or a bad link into a text that the issue names, and a few more. */
const HOSTILE = [
  "[javascript](javascript:alert(1))",
  "[hoofdletters](JaVaScRiPt:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[vbscript](vbscript:msgbox(1))",
  "[entiteit](&#106;avascript:alert(1))",
  "[entiteit-hex](&#x6A;avascript:alert(1))",
  "[procent](%6Aavascript:alert(1))",
  "[http](http://example.org)",
  "<script>alert(1)</script>",
  '<img src="x" onerror="alert(1)">',
  '<a href="javascript:alert(1)">rauwe link</a>',
  "<javascript:alert(1)>",
  "<data:text/html,hoi>",
  "<https://example.org/autolink>",
];
const HOSTILE_TEXT = HOSTILE.join("\n\n");

/** What safe HTML from an organiser's text may hold: these tags, and links to https: or mailto: only. */
function expectSafeHtml(html: string, wrapper?: string) {
  // Text never holds a raw "<" (it is escaped), so every "<" here opens a real element.
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1].toLowerCase());
  for (const tag of tags) expect(["p", "strong", "em", "ul", "ol", "li", "a", "br", ...(wrapper ? [wrapper] : [])], html).toContain(tag);
  for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/|mailto:)/);
  expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
  expect(html).not.toMatch(/<script|<img/i);
}

let db: Db;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
});
afterEach(async () => {
  await dispose();
});

async function stored(): Promise<TextsInput> {
  const texts = await loadTexts(db);
  if (!texts) throw new Error("no series");
  return texts;
}

describe("an organiser's text", () => {
  it("keeps only bold, lists and https:/mailto: links; every smuggled script or scheme shows as the characters typed", () => {
    const html = markdownToHtml(`**vet** en *schuin*\n\n- een\n- twee\n\n[HU](https://www.hu.nl) [mail](mailto:a@hu.nl)\n\n${HOSTILE_TEXT}`);
    expectSafeHtml(html);
    expect(html).toContain("<strong>vet</strong>");
    expect(html).toContain("<ul>\n<li>een</li>");
    expect(html).toContain('<a href="https://www.hu.nl">HU</a>');
    expect(html).toContain('<a href="mailto:a@hu.nl">mail</a>');
    expect(html).toContain('<a href="https://example.org/autolink">');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[javascript](javascript:alert(1))");
    expect(html).toContain("[entiteit](&amp;#106;avascript:alert(1))");
    expect(html.match(/<a /g)).toHaveLength(3);
  });

  it("is neutralised in the pages: the components the public pages render it with", () => {
    const page = renderToStaticMarkup(createElement(Markdown, { text: HOSTILE_TEXT }));
    const tips = renderToStaticMarkup(createElement(JoinTips, { tips: HOSTILE }));
    for (const html of [page, tips]) {
      expectSafeHtml(html, "div");
      expect(html.match(/<a /g)).toHaveLength(1); // only the https autolink
    }
  });

  it("reads the client's texts exactly as before: each blank-line paragraph becomes one paragraph, word for word", () => {
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const texts = [
      seedSeries.intro,
      seedSeries.expectations,
      seedSeries.howItWorks,
      seedSeries.partnership,
      ...seedSessions.map((session) => session.description),
      ...projectSections.map((section) => section.body),
    ];
    for (const text of texts) {
      const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
      expect(markdownToHtml(text)).toBe(paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join("\n"));
    }
    for (const tip of seedSeries.joinTips.split("\n")) {
      expect(renderToStaticMarkup(createElement(JoinTips, { tips: [tip] }))).toContain(`<li>${escape(tip)}</li>`);
    }
  });
});

describe("saving the texts", () => {
  it("changes the programme, and audits each changed field with its whole old and new text", async () => {
    await seededSessions(db);
    const before = await stored();
    const intro = `${before.intro}\n\nEen **nieuwe** alinea met [een link](https://www.hu.nl).`;
    expect(await saveTexts(db, ORGANISER, { ...before, intro, free: true })).toBe(2);
    const programme = toProgramme((await queryProgramme(db))!);
    expect(programme.intro).toBe(intro);
    expect(programme.terms.free).toBe(true);
    const [entry] = (await listAuditEntries(db, 1)).entries;
    expect(entry.details).toContain(`‘${before.intro}’ → ‘${intro}’`);
    expect(entry.details).toContain("Deelnemen is gratis: nee → ja");
    expect(await saveTexts(db, ORGANISER, await stored())).toBe(0);
  });

  it("keeps a privacy text that equals its default as unset, and the contact address as CONTACT_EMAIL until one is set", async () => {
    await seededSessions(db);
    const texts = await stored();
    expect(texts.privacyAudience).toBe(DEFAULT_PRIVACY_AUDIENCE);
    await saveTexts(db, ORGANISER, { ...texts, title: "Nieuwe titel" });
    expect((await db.siteSettings.findUniqueOrThrow({ where: { id: "site" } })).privacyAudience).toBeNull();
    expect((await currentSiteDetails(db, "standaard@example.nl")).contactEmail).toBe("standaard@example.nl");
    await saveTexts(db, ORGANISER, { ...(await stored()), contactEmail: "team@hu.nl" });
    const details = await currentSiteDetails(db, "standaard@example.nl");
    expect(details).toMatchObject({ contactEmail: "team@hu.nl", privacyContact: "team@hu.nl" });
  });

  it("refuses a window that closes before it opens, on the closing field, and keeps what was typed", () => {
    const values = { ...textsValuesOf({ ...emptyTexts(), title: "T" }), registrationOpensAt: "2027-05-10T09:00", registrationClosesAt: "2027-05-01T09:00" };
    const result = textsSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors.registrationClosesAt).toEqual([CLOSE_BEFORE_OPEN]);
    expect(textsSchema.safeParse({ ...values, registrationClosesAt: "" }).success).toBe(true);
    expect(z.flattenError(textsSchema.safeParse({ ...values, contactEmail: "geen adres" }).error!).fieldErrors.contactEmail?.[0]).toMatch(/e-mailadres/);
  });
});

function emptyTexts(): TextsInput {
  const text = "Tekst.";
  return {
    title: text, intro: text, expectations: text, howItWorks: text, joinTips: text, partnership: text, free: false,
    registrationOpensAt: null, registrationClosesAt: null, contactEmail: null, privacyContact: null, privacyController: text, privacyAudience: text,
  };
}

describe("the registration window", () => {
  it("refuses sign-ups before it opens and after it closes, saying when, and takes them in between", async () => {
    const sessions = await seededSessions(db);
    const opensAt = new Date("2027-05-03T07:00:00Z"); // 09.00 in Amsterdam
    const closesAt = new Date("2027-05-20T22:00:00Z");
    await saveTexts(db, ORGANISER, { ...(await stored()), registrationOpensAt: opensAt, registrationClosesAt: closesAt });
    const tryAt = (at: Date, email: string) => register(db, person(email, [sessions[2].id]), at, RULES);

    expect(await tryAt(BEFORE, "vroeg@example.nl")).toEqual({ ok: false, field: "sessions", message: "Aanmelden kan vanaf maandag 3 mei 2027 om 09.00 uur." });
    expect((await tryAt(opensAt, "op-tijd@example.nl")).ok).toBe(true);
    expect(await tryAt(closesAt, "laat@example.nl")).toEqual({ ok: false, field: "sessions", message: "Aanmelden is gesloten sinds vrijdag 21 mei 2027 om 00.00 uur." });
    expect(await db.registrant.count()).toBe(1); // nothing partial from the refusals
  });
});

describe("the mails", () => {
  let smtp: TestSmtp;
  let mailer: Mailer;
  beforeEach(async () => {
    smtp = await startSmtp();
    mailer = smtpMailer(smtp.url);
  });
  afterEach(async () => {
    mailer.close();
    await smtp.close();
  });

  it("carry the organisers' tips neutralised in both parts, the contact address as Reply-To, and it as the calendar ORGANIZER", async () => {
    const sessions = await seededSessions(db);
    const session = await db.session.update({ where: { id: sessions[2].id }, data: { teamsUrl: TEAMS } });
    await saveTexts(db, ORGANISER, { ...(await stored()), joinTips: `Gebruik **Edge** of [Chrome](https://www.google.com/chrome/)\n${HOSTILE.join("\n")}` });
    await register(db, person("a@example.nl", [session.id]), BEFORE, RULES);
    const contact = { ...settings, contactEmail: "team@hu.nl" };
    await runPass({ db, mailer, settings: contact }, new Date(session.startsAt.getTime() - 30 * HOUR));

    const link = smtp.mails.find((mail) => mail.subject.startsWith("De Teams-link"))!;
    expect(link).toBeDefined();
    for (const mail of smtp.mails) expect(mail.replyTo).toBe("team@hu.nl");
    const tips = link.html.slice(link.html.indexOf("Tips om mee te doen"));
    expectSafeHtml(tips.slice(0, tips.indexOf("</ul>")));
    expect(link.html).toContain('<strong>Edge</strong>');
    expect(link.html).toContain('<a href="https://www.google.com/chrome/">Chrome</a>');
    // The plain part has no markup, and no hostile scheme became a link there either.
    expect(link.text).toContain("Gebruik Edge of Chrome https://www.google.com/chrome/");
    expect(link.text).not.toMatch(/\*\*|<strong>|\[(javascript|data|vbscript):/i);
    expect(link.text).toContain("<script>alert(1)</script>");
    const ics = link.attachments.find((file) => file.filename.endsWith(".ics"))!.content.replace(/\r?\n[ \t]/g, "");
    expect(ics).toMatch(/^ORGANIZER;CN="[^"]+":mailto:team@hu\.nl\r?$/im);
  });
});
