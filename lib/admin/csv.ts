import "server-only";
import { stringify } from "csv-stringify/sync";
import type { RegistrationRow } from "../data/admin-registrations";
import { joinedText } from "../attendance/joined-text";
import type { SignUpStatus } from "../statuses";
import { formatCalendarDate, formatSessionTime, formatTime } from "../time";

const HEADER = ["Naam", "E-mailadres", "Organisatie", "Functie", "Sessie", "Datum", "Status", "Aangemeld op", "Deelgenomen"];

const STATUS: Record<SignUpStatus, string> = { confirmed: "aangemeld", waitlisted: "wachtlijst", cancelled: "afgemeld" };

/**
 * A spreadsheet would run a cell that starts like a formula; registrants type these cells
 * themselves, so such a cell is prefixed with an apostrophe and read as text.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const OPTIONS = {
  delimiter: ";",
  record_delimiter: "windows",
  // csv-stringify only quotes the whole "\r\n"; Excel also breaks a line on a lone CR or LF.
  quoted_match: /[\r\n]/,
} as const;

/** The start of a file: a UTF-8 BOM, so Excel reads the accents, and the Dutch header. */
export function csvHeader(header: string[] = HEADER): string {
  return stringify([header], { ...OPTIONS, bom: true });
}

/** Lines of cells, each neutralised: whoever typed them, no cell runs as a formula. */
export function csvRows(lines: string[][]): string {
  return stringify(lines.map((line) => line.map(neutraliseFormula)), OPTIONS);
}


/** One line per sign-up of these people; with a session id, only the sign-ups for that session. */
export function csvLines(rows: RegistrationRow[], sessionId?: string): string {
  const lines: string[][] = [];
  for (const row of rows) {
    const person = [row.name, row.email, row.organisation, row.role ?? ""];
    const signedUp = `${formatCalendarDate(row.createdAt)} ${formatTime(row.createdAt)}`;
    const signUps = row.signUps.filter((signUp) => !sessionId || signUp.sessionId === sessionId);
    if (signUps.length === 0 && !sessionId) lines.push([...person, "", "", "", signedUp, ""]);
    for (const signUp of signUps) {
      lines.push([
        ...person,
        `${signUp.number}. ${signUp.title}`,
        formatSessionTime(signUp.startsAt, signUp.endsAt),
        STATUS[signUp.status],
        signedUp,
        joinedText(signUp) ?? "",
      ]);
    }
  }
  return csvRows(lines);
}

/** The registrations as CSV for Excel: UTF-8 with BOM, ";" between cells, one line per sign-up. */
export function registrationsCsv(rows: RegistrationRow[], sessionId?: string): string {
  return csvHeader() + csvLines(rows, sessionId);
}
