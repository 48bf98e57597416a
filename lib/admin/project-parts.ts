import "server-only";
import type { Db } from "../db";
import { inTransaction, type Tx } from "../transaction";
import { audit } from "./audit";
import { changesOf, NO_PROJECT_PAGE } from "./project";
import { LEVEL_LABELS, MAX_RESEARCHERS, MAX_SECTIONS, RESEARCHER_FIELDS, RESEARCHER_LABELS, SECTION_FIELDS, SECTION_LABELS, type ResearcherField, type SectionField } from "./project-fields";
import type { ResearcherInput, SectionInput } from "./project-form";
import { describeResearcher, describeSection, pageIdOf } from "./project-order";
import { slugOf } from "./project-slug";

// Adding and editing the project page's sections and researchers, each in one audited transaction.

type Organiser = { id: string };

export type PartResult<F extends string> =
  | { ok: true; id: string; changed: number }
  | { ok: false; errors: Partial<Record<F, string[]>>; formErrors: string[] };

const refused = (formError: string) => ({ ok: false as const, errors: {}, formErrors: [formError] });
const GONE = "Dit staat niet (meer) op de projectpagina. Laad de pagina opnieuw. Er is niets opgeslagen.";
const SAME_NAME = "Er staat al een onderzoeker met deze naam op de projectpagina.";
const tooMany = (max: number, what: string) => `De projectpagina heeft hoogstens ${max} ${what}. Er is niets opgeslagen.`;

const nextPosition = async (rows: Promise<{ _max: { position: number | null }; _count: number }>) => {
  const { _max, _count } = await rows;
  return { count: _count, position: (_max.position ?? 0) + 1 };
};

const levelWords = (section: { level: number; heading: string; body: string }) => ({ ...section, level: LEVEL_LABELS[String(section.level) as "2" | "3"] });

/** Adds a section at the end of the page, with an address (its slug) made from its heading. */
export async function addSection(db: Db, organiser: Organiser, input: SectionInput): Promise<PartResult<SectionField>> {
  return inTransaction(db, async (tx) => {
    const pageId = await pageIdOf(tx);
    if (!pageId) return refused(NO_PROJECT_PAGE);
    const { count, position } = await nextPosition(tx.projectSection.aggregate({ where: { pageId }, _max: { position: true }, _count: true }));
    if (count >= MAX_SECTIONS) return refused(tooMany(MAX_SECTIONS, "onderdelen"));
    const taken = await tx.projectSection.findMany({ where: { pageId }, select: { slug: true }, take: MAX_SECTIONS });
    const slug = slugOf(input.heading, new Set(taken.map((row) => row.slug)));
    const { id } = await tx.projectSection.create({ data: { ...input, pageId, slug, position }, select: { id: true } });
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes: [`Onderdeel toegevoegd: ${describeSection(input)}`] } });
    return { ok: true, id, changed: 1 };
  });
}

/** Saves a section's heading, level and text; its address stays, so links to it keep working. */
export async function saveSection(db: Db, organiser: Organiser, id: string, input: SectionInput): Promise<PartResult<SectionField>> {
  return inTransaction(db, async (tx) => {
    const old = await tx.projectSection.findUnique({ where: { id }, select: { heading: true, level: true, body: true } });
    if (!old) return refused(GONE);
    const changes = changesOf(SECTION_FIELDS, SECTION_LABELS, levelWords(old), levelWords(input));
    if (changes.length === 0) return { ok: true, id, changed: 0 };
    await tx.projectSection.update({ where: { id }, data: input });
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes: changes.map((change) => `Onderdeel ‘${old.heading}’, ${lower(change)}`) } });
    return { ok: true, id, changed: changes.length };
  });
}

/** Adds a researcher at the end of the list; a name can be on the page once. */
export async function addResearcher(db: Db, organiser: Organiser, input: ResearcherInput): Promise<PartResult<ResearcherField>> {
  return inTransaction(db, async (tx) => {
    const pageId = await pageIdOf(tx);
    if (!pageId) return refused(NO_PROJECT_PAGE);
    const { count, position } = await nextPosition(tx.researcher.aggregate({ where: { pageId }, _max: { position: true }, _count: true }));
    if (count >= MAX_RESEARCHERS) return refused(tooMany(MAX_RESEARCHERS, "onderzoekers"));
    if (await nameTaken(tx, pageId, input.name, null)) return { ok: false, errors: { name: [SAME_NAME] }, formErrors: [] };
    const { id } = await tx.researcher.create({ data: { ...input, pageId, position }, select: { id: true } });
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes: [`Onderzoeker toegevoegd: ${describeResearcher(input)}`] } });
    return { ok: true, id, changed: 1 };
  });
}

export async function saveResearcher(db: Db, organiser: Organiser, id: string, input: ResearcherInput): Promise<PartResult<ResearcherField>> {
  return inTransaction(db, async (tx) => {
    const old = await tx.researcher.findUnique({ where: { id }, select: { pageId: true, name: true, role: true, groups: true } });
    if (!old) return refused(GONE);
    const changes = changesOf(RESEARCHER_FIELDS, RESEARCHER_LABELS, old, input);
    if (changes.length === 0) return { ok: true, id, changed: 0 };
    if (await nameTaken(tx, old.pageId, input.name, id)) return { ok: false, errors: { name: [SAME_NAME] }, formErrors: [] };
    await tx.researcher.update({ where: { id }, data: input });
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes: changes.map((change) => `Onderzoeker ‘${old.name}’, ${lower(change)}`) } });
    return { ok: true, id, changed: changes.length };
  });
}

async function nameTaken(tx: Tx, pageId: string, name: string, except: string | null): Promise<boolean> {
  const found = await tx.researcher.findUnique({ where: { pageId_name: { pageId, name } }, select: { id: true } });
  return !!found && found.id !== except;
}

const lower = (text: string) => text[0].toLowerCase() + text.slice(1);
