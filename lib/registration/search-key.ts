/**
 * Text folded for searching: lower case, accents dropped ("Gülşen" finds "gulsen"). Stored beside
 * the registrant, so search works the same on SQLite and PostgreSQL.
 */
export function searchKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
