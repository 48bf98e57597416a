/** The form of an address used to match it: SQLite and PostgreSQL compare case differently. */
export function emailKey(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}
