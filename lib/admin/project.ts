import "server-only";
import type { Db } from "../db";
import { markdownToHtml } from "../text/markdown";
import { formatCalendarDate } from "../time";
import { inTransaction } from "../transaction";
import { audit } from "./audit";
import { MAX_RESEARCHERS, MAX_SECTIONS, PROJECT_FIELDS, PROJECT_LABELS } from "./project-fields";
import type { ProjectInput, SectionInput } from "./project-form";

// The project page's own texts: title, introduction, duration, partners and funding.

export const NO_PROJECT_PAGE = "Er is geen projectpagina. Er is niets opgeslagen.";

/** The page with its sections and researchers in their order, as the editor starts from; null without a page. */
export function loadProjectEditor(db: Db) {
  return db.projectPage.findFirst({
    select: {
      title: true,
      intro: true,
      startsOn: true,
      endsOn: true,
      partnerCountries: true,
      funding: true,
      sections: { select: { id: true, heading: true, level: true, body: true }, orderBy: { position: "asc" }, take: MAX_SECTIONS },
      researchers: { select: { id: true, name: true, role: true, groups: true }, orderBy: { position: "asc" }, take: MAX_RESEARCHERS },
    },
  });
}

type Value = string | number | Date;

/** A value as the audit log shows it: texts in full, between quotes. */
export const shown = (value: Value) => (value instanceof Date ? formatCalendarDate(value) : value === "" ? "(leeg)" : `‘${value}’`);
const same = (a: Value, b: Value) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** "Label: ‘old’ → ‘new’" for each field that changed. */
export function changesOf<F extends string>(fields: readonly F[], labels: Record<F, string>, old: Record<F, Value>, next: Record<F, Value>): string[] {
  return fields.filter((field) => !same(old[field], next[field])).map((field) => `${labels[field]}: ${shown(old[field])} → ${shown(next[field])}`);
}

/** Saves the page's own texts in one transaction, audited with old and new text; how many fields changed, or null without a page. */
export async function saveProjectTexts(db: Db, organiser: { id: string }, input: ProjectInput): Promise<number | null> {
  return inTransaction(db, async (tx) => {
    const old = await tx.projectPage.findFirst({
      select: { id: true, title: true, intro: true, startsOn: true, endsOn: true, partnerCountries: true, funding: true },
    });
    if (!old) return null;
    const changes = changesOf(PROJECT_FIELDS, PROJECT_LABELS, old, input);
    if (changes.length === 0) return 0;
    await tx.projectPage.update({ where: { id: old.id }, data: input });
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes } });
    return changes.length;
  });
}

/** The introduction as the project page will show it: the preview before saving. */
export const previewProject = (input: ProjectInput) => [{ label: PROJECT_LABELS.intro, html: markdownToHtml(input.intro) }];

/** A section's text as the project page will show it, under its heading. */
export const previewSection = (input: SectionInput) => [{ label: input.heading, html: markdownToHtml(input.body) }];
