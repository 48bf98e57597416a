// The scheduler's steps (lib/scheduler/pass.ts) as an organiser reads them. A step done part by
// part is named "<step>:<part>"; the part is a session or a mailing.

const STEP_LABEL: Record<string, string> = {
  planning: "de mails met de Teams-link klaarzetten",
  "starting-soon": "de mails ‘de sessie begint bijna’ klaarzetten",
  "follow-up": "de mails na de sessie klaarzetten",
  "mass-mail": "mails aan alle deelnemers van een sessie klaarzetten",
  cancelling: "de aanmeldingen van een afgelaste sessie afmelden",
  expiry: "te late mails tegenhouden",
  sending: "mails versturen",
  retention: "oude persoonsgegevens verwijderen",
  "rate-limits": "oude tellers opruimen",
};

/** "mails versturen"; a step without a label (a new one) goes by its own name. */
export function stepLabel(step: string): string {
  const [name, part] = step.split(":", 2);
  if (name === "alerts") return "meldingen aan de organisatoren klaarzetten";
  const label = STEP_LABEL[name];
  if (!label) return `de taak ‘${step}’`;
  return part ? `${label} (voor één ${name === "mass-mail" ? "mailing" : "sessie"})` : label;
}
