import "server-only";
import type { Db } from "../db";
import { inTransaction, type Tx } from "../transaction";
import { audit } from "./audit";
import { LEVEL_LABELS, MAX_RESEARCHERS, MAX_SECTIONS } from "./project-fields";

// The project page's lists, sections and researchers: moving an item up or down and removing it.

export type PartKind = "section" | "researcher";

type Item = { id: string; position: number; label: string; whole: string };

const groupsOf = (groups: string) => groups.split("\n").filter(Boolean).join(", ") || "geen";

/** What each list is called, and how its rows are read, placed and removed. */
const LISTS = {
  section: {
    name: "de onderdelen",
    removed: "Onderdeel verwijderd",
    read: (tx: Db | Tx, pageId: string): Promise<Item[]> =>
      tx.projectSection
        .findMany({ where: { pageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true, heading: true, level: true, body: true }, take: MAX_SECTIONS })
        .then((rows) => rows.map((row) => ({ ...row, label: row.heading, whole: describeSection(row) }))),
    place: (tx: Tx, id: string, position: number) => tx.projectSection.update({ where: { id }, data: { position } }),
    remove: (tx: Tx, id: string) => tx.projectSection.delete({ where: { id } }),
  },
  researcher: {
    name: "de onderzoekers",
    removed: "Onderzoeker verwijderd",
    read: (tx: Db | Tx, pageId: string): Promise<Item[]> =>
      tx.researcher
        .findMany({ where: { pageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true, name: true, role: true, groups: true }, take: MAX_RESEARCHERS })
        .then((rows) => rows.map((row) => ({ ...row, label: row.name, whole: describeResearcher(row) }))),
    place: (tx: Tx, id: string, position: number) => tx.researcher.update({ where: { id }, data: { position } }),
    remove: (tx: Tx, id: string) => tx.researcher.delete({ where: { id } }),
  },
} as const;

/** A whole section in the audit log's words, so a removed one can be put back from the log. */
export function describeSection(section: { heading: string; level: number; body: string }): string {
  const level = LEVEL_LABELS[String(section.level) as keyof typeof LEVEL_LABELS] ?? section.level;
  return `‘${section.heading}’ (${level.toLowerCase()}), met de tekst ‘${section.body}’`;
}

export function describeResearcher(researcher: { name: string; role: string; groups: string }): string {
  return `‘${researcher.name}’, ${researcher.role}, lectoraten: ${groupsOf(researcher.groups)}`;
}

export const pageIdOf = async (tx: Db | Tx) => (await tx.projectPage.findFirst({ select: { id: true } }))?.id ?? null;

/** Writes positions 1, 2, 3 … in the order `reorder` gives; returns the items in that order. */
async function renumber(tx: Tx, kind: PartKind, pageId: string, reorder: (ids: string[]) => string[]): Promise<Item[]> {
  const items = await LISTS[kind].read(tx, pageId);
  const order = reorder(items.map((item) => item.id)).map((id) => items.find((item) => item.id === id)!);
  for (const [index, item] of order.entries()) {
    if (item.position !== index + 1) await LISTS[kind].place(tx, item.id, index + 1);
  }
  return order;
}

/** Moves a section or researcher one place up or down; false when it is not (or no longer) there. */
export async function moveProjectPart(db: Db, organiser: { id: string }, kind: PartKind, id: string, direction: "up" | "down"): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const pageId = await pageIdOf(tx);
    if (!pageId) return false;
    let found = false;
    const order = await renumber(tx, kind, pageId, (ids) => {
      const from = ids.indexOf(id);
      found = from >= 0;
      const to = direction === "up" ? from - 1 : from + 1;
      if (!found || to < 0 || to >= ids.length) return ids;
      const moved = [...ids];
      [moved[from], moved[to]] = [moved[to], moved[from]];
      return moved;
    });
    if (!found) return false;
    const titles = order.map((item) => `‘${item.label}’`).join(", ");
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes: [`Volgorde van ${LISTS[kind].name}: ${titles}`] } });
    return true;
  });
}

/** Removes a section or researcher, with its whole text in the audit log; its label, or null when it was not there. */
export async function removeProjectPart(db: Db, organiser: { id: string }, kind: PartKind, id: string): Promise<string | null> {
  return inTransaction(db, async (tx) => {
    const pageId = await pageIdOf(tx);
    const item = pageId ? (await LISTS[kind].read(tx, pageId)).find((candidate) => candidate.id === id) : undefined;
    if (!pageId || !item) return null;
    await LISTS[kind].remove(tx, id);
    await renumber(tx, kind, pageId, (ids) => ids);
    await audit(tx, { action: "project-edited", organiserId: organiser.id, detail: { changes: [`${LISTS[kind].removed}: ${item.whole}`] } });
    return item.label;
  });
}

/** One section or researcher, for the confirmation page before removing it; null when it is not there. */
export async function findProjectPart(db: Db, kind: PartKind, id: string): Promise<{ label: string } | null> {
  const pageId = await pageIdOf(db);
  const item = pageId ? (await LISTS[kind].read(db, pageId)).find((candidate) => candidate.id === id) : undefined;
  return item ? { label: item.label } : null;
}
