// What the public pages say in their own words, built only from what the organisers stored.

/** "a, b en c" */
export function dutchList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}

/** The programme's meta description: "gratis" only when the organisers say the series is free. */
export function seriesDescription(free: boolean, phases: string[]): string {
  const what = `${free ? "Gratis online" : "Online"} sessies over co-creatie van publieke dienstverlening`;
  return `${what}${phases.length > 0 ? `: ${dutchList(phases)}` : ""}. Meld je aan voor één of meer sessies.`;
}

const DESCRIPTION_MAX = 200;

/** The project page's meta description: its introduction, cut at a word near 200 characters, or its title. */
export function projectDescription(intro: string, title: string): string {
  const text = intro.replace(/\s+/g, " ").trim();
  if (!text) return title;
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : DESCRIPTION_MAX).replace(/[\s,.;:]+$/, "")}…`;
}
