import type { Metadata } from "next";

/**
 * Every page behind a manage link: not indexed, and the link never sent to another site. Within
 * the site the referrer goes along, so the browser sends the real Origin with a form post and
 * Next accepts the server actions of these pages.
 */
export function personalMetadata(title: string, description: string): Metadata {
  return { title, description, robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** "‘A’", "‘A’ en ‘B’", "‘A’, ‘B’ en ‘C’". */
export function listOfTitles(titles: string[]): string {
  const quoted = titles.map((title) => `‘${title}’`);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} en ${quoted.at(-1)}`;
}
