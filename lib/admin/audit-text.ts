import { z } from "zod";
import { AUDIT_DETAILS, type AuditAction } from "./audit";

/** An audit entry as stored, with the names its ids had when the log is shown (absent: deleted). */
type StoredAuditEntry = {
  organiserId: string | null;
  action: string;
  registrantId: string | null;
  sessionId: string | null;
  subjectOrganiserId: string | null;
  detail: string;
};
type AuditNames = {
  organisers: Map<string, string>;
  registrants: Map<string, string>;
  sessions: Map<string, { number: number; title: string }>;
};

const WAS = { confirmed: "aangemeld", waitlisted: "op de wachtlijst", cancelled: "al afgemeld" } as const;
const AUDIENCE = { confirmed: "iedereen die is aangemeld", waitlisted: "iedereen op de wachtlijst", both: "iedereen die is aangemeld of op de wachtlijst staat" } as const;

/** Who, what and details of an audit entry, in Dutch, for the log page. */
export function describeAuditEntry(entry: StoredAuditEntry, names: AuditNames): { who: string; what: string; details: string } {
  const who = entry.organiserId
    ? (names.organisers.get(entry.organiserId) ?? "verwijderde organisator")
    : "onbekend e-mailadres";
  const person = entry.registrantId ? (names.registrants.get(entry.registrantId) ?? "verwijderde deelnemer") : "";
  const found = entry.sessionId ? names.sessions.get(entry.sessionId) : undefined;
  const session = found ? `Sessie ${found.number} (${found.title})` : "";
  const parsed = parseDetail(entry.action, entry.detail);
  if (!parsed) return { who, what: entry.action, details: entry.detail };
  const { what, details } = describe(parsed, {
    person,
    session,
    subject: entry.subjectOrganiserId ? (names.organisers.get(entry.subjectOrganiserId) ?? "") : "",
    byOrganiser: entry.organiserId !== null,
  });
  return { who, what, details };
}

type Parsed = { [A in AuditAction]: { action: A; detail: z.output<(typeof AUDIT_DETAILS)[A]> } }[AuditAction];

function parseDetail(action: string, detail: string): Parsed | null {
  if (!(action in AUDIT_DETAILS)) return null;
  try {
    const result = AUDIT_DETAILS[action as AuditAction].safeParse(JSON.parse(detail));
    return result.success ? ({ action, detail: result.data } as Parsed) : null;
  } catch {
    return null;
  }
}

function describe(entry: Parsed, names: { person: string; session: string; subject: string; byOrganiser: boolean }): { what: string; details: string } {
  switch (entry.action) {
    case "signed-in":
      return { what: "Ingelogd", details: "" };
    case "sign-in-failed":
      return { what: "Inloggen mislukt", details: "Verkeerd e-mailadres of wachtwoord." };
    case "signed-out":
      return { what: "Uitgelogd", details: "" };
    case "password-changed":
      return { what: "Eigen wachtwoord gewijzigd", details: "Op andere apparaten uitgelogd." };
    case "organiser-removed":
      return { what: "Organisator verwijderd", details: names.subject };
    case "invitation-sent":
      return {
        what: entry.detail.resent ? "Uitnodiging opnieuw verstuurd" : "Collega uitgenodigd",
        details: `${names.subject || "verwijderde organisator"}: een link om een wachtwoord te kiezen, 48 uur geldig.${entry.detail.resent ? " De vorige link werkt niet meer." : ""}`,
      };
    case "reset-requested":
      return {
        what: "Wachtwoord vergeten",
        details: names.byOrganiser ? "Een link om een nieuw wachtwoord te kiezen gemaild, 1 uur geldig." : "Geen organisator met dit adres: niets verstuurd.",
      };
    case "password-set-by-link":
      return {
        what: entry.detail.purpose === "invite" ? "Wachtwoord gekozen na uitnodiging" : "Nieuw wachtwoord gekozen via link",
        details: "Overal uitgelogd.",
      };
    case "session-edited": {
      const promoted = entry.detail.promoted > 0 ? [`${entry.detail.promoted} van de wachtlijst aangemeld`] : [];
      return { what: "Sessie gewijzigd", details: `${names.session}: ${[...entry.detail.changes, ...promoted].join("; ")}.` };
    }
    case "session-cancelled":
      return {
        what: "Sessie laten vervallen",
        details: `${names.session}: ${entry.detail.confirmed} aanmeldingen en ${entry.detail.waitlisted} op de wachtlijst afgemeld en gemaild.`,
      };
    case "sign-up-cancelled":
      return { what: "Aanmelding geannuleerd", details: `${names.person}, voor ${lower(names.session)}. Was ${WAS[entry.detail.was]}.` };
    case "confirmation-resent":
      return { what: "Bevestiging opnieuw verstuurd", details: `Aan ${names.person}.` };
    case "exported":
      return {
        what: "Aanmeldingen geëxporteerd",
        details: `${names.session || "Alle sessies"}: ${entry.detail.people} ${entry.detail.people === 1 ? "persoon" : "personen"}, als CSV.`,
      };
    case "registrant-erased":
      return {
        what: "Deelnemer verwijderd",
        details: `Alle gegevens van een deelnemer verwijderd, met ${entry.detail.signUps} ${entry.detail.signUps === 1 ? "aanmelding" : "aanmeldingen"}.`,
      };
    case "texts-edited":
      return { what: "Teksten en instellingen gewijzigd", details: `${entry.detail.changes.join("; ")}.` };
    case "project-edited":
      return { what: "Projectpagina gewijzigd", details: `${entry.detail.changes.join("; ")}.` };
    case "session-added":
      return { what: "Sessie toegevoegd", details: `Sessie ${entry.detail.number}: ‘${entry.detail.title}’.` };
    case "session-removed":
      return { what: "Sessie verwijderd", details: `Sessie ${entry.detail.number}: ‘${entry.detail.title}’. Er waren geen aanmeldingen.` };
    case "sessions-reordered":
      return { what: "Volgorde van de sessies gewijzigd", details: `Nu: ${entry.detail.titles.map((title) => `‘${title}’`).join(", ")}.` };
    case "series-copied":
      return { what: "Nieuwe reeks gemaakt (concept)", details: `Kopie van ‘${entry.detail.from}’, ${entry.detail.weeks} weken later.` };
    case "daily-summary-set":
      return { what: entry.detail.on ? "Dagoverzicht aangezet" : "Dagoverzicht uitgezet", details: "Voor het eigen account." };
    case "series-published":
      return { what: "Reeks gepubliceerd", details: `‘${entry.detail.title}’ staat nu op de site.` };
    case "follow-up-edited":
      return {
        what: "Follow-up gewijzigd",
        details: `${names.session}: ${entry.detail.enabled ? "aan" : "uit"}${entry.detail.changes.length ? `; ${entry.detail.changes.join("; ")}` : ""}.`,
      };
    case "message-sent":
      return {
        what: "Bericht verstuurd",
        details: `${names.session}: ‘${entry.detail.subject}’ aan ${AUDIENCE[entry.detail.audience]} (${entry.detail.people} ${entry.detail.people === 1 ? "persoon" : "personen"}).`,
      };
    case "evaluation-exported":
      return {
        what: "Evaluatie geëxporteerd",
        details: `${names.session}: ${entry.detail.responses} ${entry.detail.responses === 1 ? "antwoord" : "antwoorden"}, als CSV.`,
      };
    case "legacy":
      return { what: entry.detail.action, details: entry.detail.text };
  }
}

const lower = (text: string) => (text ? text[0].toLowerCase() + text.slice(1) : text);
