// The texts editor's fields, without the schema: the editor's browser code must not carry zod.

export const TEXT_FIELDS = [
  "title",
  "intro",
  "expectations",
  "howItWorks",
  "joinTips",
  "partnership",
  "free",
  "registrationOpensAt",
  "registrationClosesAt",
  "contactEmail",
  "privacyContact",
  "privacyController",
  "privacyAudience",
] as const;

export type TextsField = (typeof TEXT_FIELDS)[number];

/** The form as typed; "free" is "on" or "". */
export type TextsValues = Record<TextsField, string>;

/** The markdown fields a preview shows, in the order of the form. */
export const MARKDOWN_FIELDS = ["intro", "expectations", "howItWorks", "joinTips", "partnership", "privacyController", "privacyAudience"] as const;
export type MarkdownField = (typeof MARKDOWN_FIELDS)[number];

export const TEXT_LABELS: Record<TextsField, string> = {
  title: "Titel van de serie",
  intro: "Inleiding",
  expectations: "Wat kun je verwachten?",
  howItWorks: "Hoe werkt het?",
  joinTips: "Tips om mee te doen",
  partnership: "Samenwerking",
  free: "Deelnemen is gratis",
  registrationOpensAt: "Aanmelden kan vanaf (niet verplicht)",
  registrationClosesAt: "Aanmelden sluit op (niet verplicht)",
  contactEmail: "Contactadres (niet verplicht)",
  privacyContact: "Contactadres voor privacyvragen (niet verplicht)",
  privacyController: "Privacyverklaring: wie is verantwoordelijk?",
  privacyAudience: "Privacyverklaring: wie kan je gegevens zien?",
};

export type TextsFormState =
  | { status: "idle" }
  | { status: "invalid"; errors: Partial<Record<TextsField, string[]>>; formErrors: string[]; values: TextsValues; attempt: number }
  | { status: "preview"; preview: { field: MarkdownField; html: string }[]; values: TextsValues; attempt: number }
  | { status: "saved"; changed: number; values: TextsValues; attempt: number };
