import { describe, expect, it } from "vitest";
import { registrationsCsv } from "@/lib/admin/csv";
import type { RegistrationRow, RegistrationSignUp } from "@/lib/data/admin-registrations";

const JUNE_4 = { startsAt: new Date("2027-06-04T11:30:00Z"), endsAt: new Date("2027-06-04T12:30:00Z") };

const signUp = (over: Partial<RegistrationSignUp> = {}): RegistrationSignUp => ({
  id: "s1",
  status: "confirmed",
  sessionId: "session-1",
  number: 1,
  title: "Initiëren",
  ...JUNE_4,
  joinedAt: null,
  ...over,
});

const row = (over: Partial<RegistrationRow> = {}): RegistrationRow => ({
  id: "r1",
  name: "Anne de Vries",
  email: "anne@example.nl",
  organisation: "Gemeente Utrecht",
  role: null,
  createdAt: new Date("2027-05-01T10:00:00Z"),
  signUps: [signUp()],
  ...over,
});

/** A strict reader for ";"-separated, double-quoted CSV with CRLF line ends. */
function parse(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      record.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      i++;
    } else if (char === "\r" || char === "\n") throw new Error(`unquoted line break at ${i}`);
    else cell += char;
  }
  expect(cell === "" && record.length === 0, "the last line ends with CRLF").toBe(true);
  return records;
}

const body = (csv: string) => {
  expect(csv[0], "a BOM first").toBe("\uFEFF");
  return parse(csv.slice(1));
};

describe("the registrations CSV", () => {
  it("starts with a UTF-8 BOM and a Dutch header, separated by semicolons", () => {
    const csv = registrationsCsv([row()]);
    expect(csv.startsWith("\uFEFFNaam;E-mailadres;Organisatie;Functie;Sessie;Datum;Status;Aangemeld op;Deelgenomen\r\n")).toBe(true);
  });

  it("writes one line per sign-up with the session, its date and the status in Dutch", () => {
    const person = row({
      role: "Beleidsadviseur",
      signUps: [signUp(), signUp({ id: "s2", number: 2, title: "Ontwerpen", status: "waitlisted" }), signUp({ id: "s3", status: "cancelled" })],
    });
    const [, ...lines] = body(registrationsCsv([person]));
    expect(lines).toEqual([
      ["Anne de Vries", "anne@example.nl", "Gemeente Utrecht", "Beleidsadviseur", "1. Initiëren", "vrijdag 4 juni 2027, 13.30–14.30 uur", "aangemeld", "1 mei 2027 12.00", "nee"],
      ["Anne de Vries", "anne@example.nl", "Gemeente Utrecht", "Beleidsadviseur", "2. Ontwerpen", "vrijdag 4 juni 2027, 13.30–14.30 uur", "wachtlijst", "1 mei 2027 12.00", ""],
      ["Anne de Vries", "anne@example.nl", "Gemeente Utrecht", "Beleidsadviseur", "1. Initiëren", "vrijdag 4 juni 2027, 13.30–14.30 uur", "afgemeld", "1 mei 2027 12.00", ""],
    ]);
  });

  it("with a session id, keeps only the lines for that session", () => {
    const person = row({ signUps: [signUp(), signUp({ id: "s2", sessionId: "session-2", number: 2, title: "Ontwerpen" })] });
    const [, ...lines] = body(registrationsCsv([person], "session-2"));
    expect(lines.map((line) => line[4])).toEqual(["2. Ontwerpen"]);
  });

  it("quotes a name holding a semicolon, a double quote or a line break, and keeps accents", () => {
    const csv = registrationsCsv([row({ name: 'Gülşen "G" Öztürk; jr.', organisation: "Zorg\nen welzijn" })]);
    expect(csv).toContain('"Gülşen ""G"" Öztürk; jr."');
    expect(csv).toContain('"Zorg\nen welzijn"');
    const [, line] = body(csv);
    expect(line.slice(0, 3)).toEqual(['Gülşen "G" Öztürk; jr.', "anne@example.nl", "Zorg\nen welzijn"]);
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("puts an apostrophe before a cell starting with %j", (start) => {
    const formula = `${start}HYPERLINK("https://evil.example")`;
    const [, line] = body(registrationsCsv([row({ name: formula, organisation: formula, role: formula })]));
    expect(line.slice(0, 4)).toEqual([`'${formula}`, "anne@example.nl", `'${formula}`, `'${formula}`]);
  });

  it("leaves those characters alone further into a cell", () => {
    const [, line] = body(registrationsCsv([row({ name: "Jan-Willem", email: "a+b@example.nl", organisation: "1=1" })]));
    expect(line.slice(0, 3)).toEqual(["Jan-Willem", "a+b@example.nl", "1=1"]);
  });
});
