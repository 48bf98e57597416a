// The project page editor's fields, without the schemas: the editors' browser code must not carry zod.

export const MAX_SECTIONS = 30;
export const MAX_RESEARCHERS = 30;

export const PROJECT_FIELDS = ["title", "intro", "startsOn", "endsOn", "partnerCountries", "funding"] as const;
export const SECTION_FIELDS = ["heading", "level", "body"] as const;
export const RESEARCHER_FIELDS = ["name", "role", "groups"] as const;

export type ProjectField = (typeof PROJECT_FIELDS)[number];
export type SectionField = (typeof SECTION_FIELDS)[number];
export type ResearcherField = (typeof RESEARCHER_FIELDS)[number];

export const PROJECT_LABELS: Record<ProjectField, string> = {
  title: "Titel",
  intro: "Inleiding",
  startsOn: "Begindatum",
  endsOn: "Einddatum",
  partnerCountries: "Partnerlanden (niet verplicht)",
  funding: "Financiering (niet verplicht)",
};

export const SECTION_LABELS: Record<SectionField, string> = { heading: "Kop", level: "Soort kop", body: "Tekst" };

export const RESEARCHER_LABELS: Record<ResearcherField, string> = {
  name: "Naam",
  role: "Functie",
  groups: "Lectoraten (niet verplicht)",
};

/** How an organiser tells a section (h2) from a subsection such as a pilot (h3). */
export const LEVEL_LABELS = { "2": "Onderdeel", "3": "Deel van het onderdeel erboven, zoals een pilot" } as const;

/** A form's answer: the fields as typed, with its errors, its preview or that it was saved. */
export type EditorState<F extends string> =
  | { status: "idle" }
  | { status: "invalid"; errors: Partial<Record<F, string[]>>; formErrors: string[]; values: Record<F, string>; attempt: number }
  | { status: "preview"; preview: { label: string; html: string }[]; values: Record<F, string>; attempt: number }
  | { status: "saved"; changed: number; values: Record<F, string>; attempt: number };

/** Where a section's or researcher's confirmation step lives: /admin/project/<folder>/<id>/verwijderen. */
export const PART_FOLDERS = { onderdeel: "onderdelen", onderzoeker: "onderzoekers" } as const;
export type PartName = keyof typeof PART_FOLDERS;
