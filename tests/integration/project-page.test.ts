import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";
import { answerEditor } from "@/lib/admin/editor-answer";
import { loadProjectEditor, previewSection, saveProjectTexts } from "@/lib/admin/project";
import { MAX_RESEARCHERS, MAX_SECTIONS, PROJECT_FIELDS, SECTION_FIELDS, type EditorState, type ProjectField, type SectionField } from "@/lib/admin/project-fields";
import { END_BEFORE_START, projectSchema, projectValuesOf, researcherSchema, sectionSchema, sectionValuesOf, type ProjectInput } from "@/lib/admin/project-form";
import { moveProjectPart, removeProjectPart } from "@/lib/admin/project-order";
import { addResearcher, addSection, saveResearcher, saveSection } from "@/lib/admin/project-parts";
import { listAuditEntries } from "@/lib/data/admin-logs";
import { queryProjectPage, toProjectPage } from "@/lib/data/project";
import type { Db } from "@/lib/db";
import { projectDescription } from "@/lib/public-texts";
import { markdownToText } from "@/lib/text/markdown";
import { seedContent } from "@/prisma/seed/index";
import { freshDatabase } from "../support/test-db";

const ORGANISER = { id: "organiser-1" };
const idle = { status: "idle" } as const;

let db: Db;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ db, dispose } = await freshDatabase());
  await seedContent(db, 2027);
});
afterEach(async () => {
  await dispose();
});

async function editor() {
  const page = await loadProjectEditor(db);
  if (!page) throw new Error("no project page");
  return page;
}
const publicPage = async () => toProjectPage((await queryProjectPage(db))!);
const latestAudit = async () => (await listAuditEntries(db, 1)).entries[0];
const auditCount = () => db.auditEntry.count();

function form(values: Record<string, string>, intent = "save") {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  data.set("intent", intent);
  return data;
}

/** The editor's form as the page shows it, with some fields changed. */
async function projectForm(changes: Partial<Record<ProjectField, string>>) {
  const { title, intro, startsOn, endsOn, partnerCountries, funding } = await editor();
  return { ...projectValuesOf({ title, intro, startsOn, endsOn, partnerCountries, funding }), ...changes };
}

const saveProjectForm = (values: Record<string, string>, intent?: string) =>
  answerEditor(idle as EditorState<ProjectField>, form(values, intent), {
    fields: PROJECT_FIELDS,
    schema: projectSchema,
    valuesOf: projectValuesOf,
    save: async (input) => ({ ok: true, changed: (await saveProjectTexts(db, ORGANISER, input))! }),
  });

describe("the project page's own texts", () => {
  it("saves title, introduction, duration, partners and funding, and audits each change with its whole old and new text", async () => {
    const before = await editor();
    const values = await projectForm({
      title: "CoSIE: samen ontwerpen",
      intro: "Een **nieuwe** inleiding.",
      startsOn: "2018-01-15",
      endsOn: "2021-06-30",
      partnerCountries: "Nederland\r\n\r\n  Finland  \r\nZweden",
      funding: "",
    });
    const state = await saveProjectForm(values);
    expect(state).toMatchObject({ status: "saved", changed: 6 });

    const page = await publicPage();
    expect(page.title).toBe("CoSIE: samen ontwerpen");
    expect(page.partnerCountries).toEqual(["Nederland", "Finland", "Zweden"]);
    expect(page.funding).toBe("");
    // Midnight in Amsterdam: winter time in January, summer time in June.
    expect(page.startsOn.toISOString()).toBe("2018-01-14T23:00:00.000Z");
    expect(page.endsOn.toISOString()).toBe("2021-06-29T22:00:00.000Z");

    const entry = await latestAudit();
    expect(entry.what).toBe("Projectpagina gewijzigd");
    expect(entry.details).toContain(`Titel: ‘${before.title}’ → ‘CoSIE: samen ontwerpen’`);
    expect(entry.details).toContain(`Inleiding: ‘${before.intro}’ → ‘Een **nieuwe** inleiding.’`);
    expect(entry.details).toContain("Begindatum: 1 december 2017 → 15 januari 2018");
    expect(entry.details).toContain(`Financiering (niet verplicht): ‘${before.funding}’ → (leeg)`);

    // The saved form shows what is stored; saving it again changes nothing and logs nothing.
    const count = await auditCount();
    expect(await saveProjectForm(await projectForm({}))).toMatchObject({ status: "saved", changed: 0 });
    expect(await auditCount()).toBe(count);
  });

  it("refuses an empty title, an impossible date and an end before the start, in Dutch, keeps what was typed and writes nothing", async () => {
    const before = await editor();
    const count = await auditCount();
    const typed = await projectForm({ title: " ", intro: "Wel getypt", startsOn: "2021-02-30", endsOn: "2021-01-01" });
    const state = await saveProjectForm(typed);
    expect(state.status).toBe("invalid");
    if (state.status !== "invalid") return;
    expect(state.errors.title).toEqual(["Vul een titel in."]);
    expect(state.errors.startsOn).toEqual(["Vul een bestaande datum in, zoals 1-12-2017."]);
    expect(state.values).toEqual(typed);

    const backwards = await saveProjectForm(await projectForm({ startsOn: "2021-01-02", endsOn: "2021-01-01" }));
    expect(backwards).toMatchObject({ status: "invalid", errors: { endsOn: [END_BEFORE_START] } });
    const sameDay = projectSchema.safeParse(await projectForm({ startsOn: "2021-01-01", endsOn: "2021-01-01" }));
    expect(sameDay.success).toBe(false);
    expect(projectSchema.safeParse(await projectForm({ endsOn: "" })).error?.issues[0].message).toBe("Vul de einddatum in.");

    expect(await editor()).toEqual(before);
    expect(await auditCount()).toBe(count);
  });

  it("reads a date as a browser without a date picker posts it, typed the Dutch way", async () => {
    const parsed = projectSchema.safeParse(await projectForm({ startsOn: "15-1-2018", endsOn: "30.06.2021" }));
    expect(parsed.data?.startsOn.toISOString()).toBe("2018-01-14T23:00:00.000Z");
    expect(parsed.data?.endsOn.toISOString()).toBe("2021-06-29T22:00:00.000Z");
    expect(projectSchema.safeParse(await projectForm({ startsOn: "31-2-2018" })).success).toBe(false);
  });

  it("refuses too many partner countries, and a text over its limit", async () => {
    const countries = Array.from({ length: 41 }, (_, index) => `Land ${index}`).join("\n");
    const result = projectSchema.safeParse(await projectForm({ partnerCountries: countries, intro: "x".repeat(3001) }));
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["intro", "Dit is te lang. Gebruik maximaal 3000 tekens."],
      ["partnerCountries", "Dit zijn te veel regels. Zet hoogstens 40 keer een land op een eigen regel."],
    ]);
  });

  it("shows a preview of the introduction without saving", async () => {
    const before = await editor();
    const state = await answerEditor(idle as EditorState<ProjectField>, form(await projectForm({ intro: "**Vet** voorbeeld" }), "preview"), {
      fields: PROJECT_FIELDS,
      schema: projectSchema,
      valuesOf: projectValuesOf,
      preview: (input: ProjectInput) => [{ label: "Inleiding", html: input.intro }],
      save: () => Promise.reject(new Error("a preview must not save")),
    });
    expect(state.status).toBe("preview");
    expect(await editor()).toEqual(before);
  });

  it("gives the page a meta description from its own introduction, so a removed statement leaves it too", async () => {
    const page = await publicPage();
    const described = projectDescription(markdownToText(page.intro), page.title);
    expect(described.length).toBeLessThanOrEqual(201);
    expect(page.intro.startsWith(described.slice(0, -1))).toBe(true);
    expect(described).not.toContain("Nieuwegein");

    await saveProjectTexts(db, ORGANISER, { ...(await publicInput()), intro: "Alleen **dit** blijft over." });
    const after = await publicPage();
    expect(projectDescription(markdownToText(after.intro), after.title)).toBe("Alleen dit blijft over.");
    expect(projectDescription("", after.title)).toBe(after.title);
  });
});

async function publicInput(): Promise<ProjectInput> {
  const { title, intro, startsOn, endsOn, partnerCountries, funding } = await editor();
  return { title, intro, startsOn, endsOn, partnerCountries, funding };
}

const section = (heading: string, body = "Tekst.", level = 2) => ({ heading, level, body });

describe("the project page's sections", () => {
  it("adds a section at the end with an address from its heading, edits it, and audits both with the whole text", async () => {
    const added = await addSection(db, ORGANISER, section("Pilot gemeente Zeist (2025)", "Een **nieuwe** pilot.", 3));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    let page = await publicPage();
    expect(page.sections.at(-1)).toEqual({ slug: "pilot-gemeente-zeist-2025", level: 3, heading: "Pilot gemeente Zeist (2025)", body: "Een **nieuwe** pilot." });
    expect((await latestAudit()).details).toContain("Onderdeel toegevoegd: ‘Pilot gemeente Zeist (2025)’ (deel van het onderdeel erboven, zoals een pilot), met de tekst ‘Een **nieuwe** pilot.’");

    expect(await saveSection(db, ORGANISER, added.id, section("Pilot Zeist", "Andere tekst.", 2))).toMatchObject({ ok: true, changed: 3 });
    page = await publicPage();
    expect(page.sections.at(-1)).toMatchObject({ slug: "pilot-gemeente-zeist-2025", heading: "Pilot Zeist", level: 2 });
    const details = (await latestAudit()).details;
    expect(details).toContain("Onderdeel ‘Pilot gemeente Zeist (2025)’, kop: ‘Pilot gemeente Zeist (2025)’ → ‘Pilot Zeist’");
    expect(details).toContain("tekst: ‘Een **nieuwe** pilot.’ → ‘Andere tekst.’");
    expect(details).toContain("soort kop: ‘Deel van het onderdeel erboven, zoals een pilot’ → ‘Onderdeel’");
  });

  it("gives a second section with the same heading its own address, and never one the page itself uses", async () => {
    await addSection(db, ORGANISER, section("Doel"));
    await addSection(db, ORGANISER, section("Onderzoekers"));
    await addSection(db, ORGANISER, section("!!!"));
    expect((await publicPage()).sections.slice(-3).map((row) => row.slug)).toEqual(["doel-2", "onderzoekers-2", "onderdeel"]);
  });

  it("refuses an empty heading and a forged level, keeping what was typed, and writes nothing", async () => {
    const [first] = (await editor()).sections;
    const count = await auditCount();
    const typed = { heading: "", level: "4", body: "Mijn getypte tekst" };
    const state = await answerEditor(idle as EditorState<SectionField>, form(typed), {
      fields: SECTION_FIELDS,
      schema: sectionSchema,
      valuesOf: sectionValuesOf,
      save: (input) => saveSection(db, ORGANISER, first.id, input),
    });
    expect(state).toMatchObject({ status: "invalid", values: typed, errors: { heading: ["Vul een kop in."] } });
    if (state.status === "invalid") expect(state.errors.level?.[0]).toMatch(/formulier/i);
    expect((await editor()).sections[0]).toEqual(first);
    expect(await auditCount()).toBe(count);
  });

  it(`refuses a section beyond ${MAX_SECTIONS}, and writes nothing`, async () => {
    const start = (await editor()).sections.length;
    for (let n = start; n < MAX_SECTIONS; n++) expect((await addSection(db, ORGANISER, section(`Extra ${n}`))).ok).toBe(true);
    const count = await auditCount();
    const refused = await addSection(db, ORGANISER, section("Eén te veel"));
    expect(refused).toEqual({ ok: false, errors: {}, formErrors: [`De projectpagina heeft hoogstens ${MAX_SECTIONS} onderdelen. Er is niets opgeslagen.`] });
    expect((await editor()).sections).toHaveLength(MAX_SECTIONS);
    expect(await auditCount()).toBe(count);
  });

  it("moves a section up and down, and removes one with its whole text in the audit log", async () => {
    const headings = async () => (await editor()).sections.map((row) => row.heading);
    const [doel, resultaten] = (await editor()).sections;
    expect(await moveProjectPart(db, ORGANISER, "section", resultaten.id, "up")).toBe(true);
    expect((await headings()).slice(0, 3)).toEqual(["Resultaten", "Doel", "Aanpak"]);
    expect((await latestAudit()).details).toBe("Volgorde van de onderdelen: ‘Resultaten’, ‘Doel’, ‘Aanpak’, ‘Pilot gemeente Nieuwegein’, ‘Pilot gemeente Houten’, ‘Samenwerking’.");
    expect(await moveProjectPart(db, ORGANISER, "section", resultaten.id, "up")).toBe(true); // already first: stays
    expect(await moveProjectPart(db, ORGANISER, "section", doel.id, "down")).toBe(true);
    expect((await headings()).slice(0, 3)).toEqual(["Resultaten", "Aanpak", "Doel"]);
    expect((await publicPage()).sections.slice(0, 3).map((row) => row.heading)).toEqual(["Resultaten", "Aanpak", "Doel"]);

    expect(await removeProjectPart(db, ORGANISER, "section", doel.id)).toBe("Doel");
    expect(await headings()).not.toContain("Doel");
    expect((await latestAudit()).details).toBe(`Onderdeel verwijderd: ‘Doel’ (onderdeel), met de tekst ‘${doel.body}’.`);
    const positions = await db.projectSection.findMany({ orderBy: { position: "asc" }, select: { position: true } });
    expect(positions.map((row) => row.position)).toEqual([1, 2, 3, 4, 5]);
    expect(await removeProjectPart(db, ORGANISER, "section", doel.id)).toBeNull();
    expect(await moveProjectPart(db, ORGANISER, "section", doel.id, "up")).toBe(false);
  });

  it("neutralises javascript: and data: links in a section's text, on the page and in the preview", async () => {
    const body = [
      "[klik](javascript:alert(1)) en [data](data:text/html;base64,PHNjcmlwdD4=)",
      "[entiteit](&#106;avascript:alert(1)) <a href=\"javascript:alert(1)\">rauw</a>",
      "<script>alert(1)</script> [goed](https://www.hu.nl)",
    ].join("\n\n");
    const added = await addSection(db, ORGANISER, section("Gevaarlijk", body));
    expect(added.ok).toBe(true);
    const stored = (await publicPage()).sections.at(-1)!;
    expect(stored.body).toBe(body);
    const html = renderToStaticMarkup(createElement(Markdown, { text: stored.body }));
    const previewed = previewSection({ heading: "Gevaarlijk", level: 2, body })[0].html;
    for (const rendered of [html, previewed]) {
      expect([...rendered.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1])).toEqual(["https://www.hu.nl"]);
      expect(rendered).not.toMatch(/<script|<a href="(javascript|data)/i);
      expect(rendered).toContain("&lt;script&gt;");
    }
  });
});

const researcher = (name: string, groups = "Lectoraat A\nLectoraat B") => ({ name, role: "Onderzoeker", groups });

describe("the project page's researchers", () => {
  it("adds, edits, moves and removes a researcher, each audited with old and new text", async () => {
    const added = await addResearcher(db, ORGANISER, researcher("Nina Bakker"));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect((await publicPage()).researchers.at(-1)).toEqual({ name: "Nina Bakker", role: "Onderzoeker", groups: ["Lectoraat A", "Lectoraat B"] });
    expect((await latestAudit()).details).toContain("Onderzoeker toegevoegd: ‘Nina Bakker’, Onderzoeker, lectoraten: Lectoraat A, Lectoraat B");

    expect(await saveResearcher(db, ORGANISER, added.id, { name: "Nina Bakker", role: "Lector", groups: "Lectoraat C" })).toMatchObject({ ok: true, changed: 2 });
    const details = (await latestAudit()).details;
    expect(details).toContain("Onderzoeker ‘Nina Bakker’, functie: ‘Onderzoeker’ → ‘Lector’");
    expect(details).toContain("lectoraten (niet verplicht): ‘Lectoraat A\nLectoraat B’ → ‘Lectoraat C’");

    expect(await moveProjectPart(db, ORGANISER, "researcher", added.id, "up")).toBe(true);
    expect((await publicPage()).researchers.map((row) => row.name)).toEqual(["Eva Hijmans", "Joep Binkhorst", "Jean-Pierre Wilken", "Nina Bakker", "Sandra Geelhoed"]);
    expect(await removeProjectPart(db, ORGANISER, "researcher", added.id)).toBe("Nina Bakker");
    expect((await latestAudit()).details).toBe("Onderzoeker verwijderd: ‘Nina Bakker’, Lector, lectoraten: Lectoraat C.");
    expect((await publicPage()).researchers.map((row) => row.name)).not.toContain("Nina Bakker");
  });

  it("refuses a name that is already on the page, an empty name and too many lectoraten, and writes nothing", async () => {
    const [eva, joep] = (await editor()).researchers;
    const count = await auditCount();
    expect(await addResearcher(db, ORGANISER, researcher("Eva Hijmans"))).toEqual({ ok: false, errors: { name: ["Er staat al een onderzoeker met deze naam op de projectpagina."] }, formErrors: [] });
    expect((await saveResearcher(db, ORGANISER, joep.id, { ...joep, name: eva.name })).ok).toBe(false);
    const invalid = researcherSchema.safeParse({ name: "", role: "Lector", groups: Array.from({ length: 11 }, (_, n) => `L${n}`).join("\n") });
    expect(invalid.error?.issues.map((issue) => issue.message)).toEqual(["Vul een naam in.", "Dit zijn te veel regels. Zet hoogstens 10 keer een lectoraat op een eigen regel."]);
    expect((await editor()).researchers.slice(0, 2)).toEqual([eva, joep]);
    expect(await auditCount()).toBe(count);
  });

  it(`refuses a researcher beyond ${MAX_RESEARCHERS}`, async () => {
    const start = (await editor()).researchers.length;
    for (let n = start; n < MAX_RESEARCHERS; n++) expect((await addResearcher(db, ORGANISER, researcher(`Persoon ${n}`))).ok).toBe(true);
    expect(await addResearcher(db, ORGANISER, researcher("Eén te veel"))).toMatchObject({ ok: false, formErrors: [`De projectpagina heeft hoogstens ${MAX_RESEARCHERS} onderzoekers. Er is niets opgeslagen.`] });
    expect((await editor()).researchers).toHaveLength(MAX_RESEARCHERS);
  });
});
