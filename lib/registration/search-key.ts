// Letters that are not an accented form of another, so NFKD leaves them as they are.
const OWN_LETTERS: Record<string, string> = { ı: "i", ł: "l", ø: "o", ß: "ss", æ: "ae", œ: "oe", đ: "d", ð: "d", þ: "th", ŀ: "l" };

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
    .toLowerCase()
    .replace(/[ıłøßæœđðþŀ]/g, (letter) => OWN_LETTERS[letter]);
}
