// A new section's address on the project page (its HTML id): made once from its heading, and kept.

/** Ids the project page itself uses, and the layout's skip-link target. */
const RESERVED = new Set(["onderzoekers", "vraag", "inhoud"]);

export function slugOf(heading: string, taken: ReadonlySet<string>): string {
  const base =
    heading
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "onderdeel";
  let slug = base;
  for (let n = 2; taken.has(slug) || RESERVED.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
