import "server-only";
import { loadProjectEditor, saveProjectTexts } from "../admin/project";
import type { ProjectInput, ResearcherInput, SectionInput } from "../admin/project-form";
import { findProjectPart, moveProjectPart, removeProjectPart, type PartKind } from "../admin/project-order";
import { addResearcher, addSection, saveResearcher, saveSection } from "../admin/project-parts";
import type { Organiser } from "../auth/sign-in-session";
import { wiring } from "./wiring";

// The organisers' project page editor. Every caller has passed requireAdmin() first.

export const getProjectEditor = () => loadProjectEditor(wiring().db);
export const getProjectPart = (kind: PartKind, id: string) => findProjectPart(wiring().db, kind, id);

export const saveProjectAs = (admin: Organiser, input: ProjectInput) => saveProjectTexts(wiring().db, admin, input);

/** A new section when `id` is null, else that section's new texts. */
export const saveSectionAs = (admin: Organiser, id: string | null, input: SectionInput) =>
  id === null ? addSection(wiring().db, admin, input) : saveSection(wiring().db, admin, id, input);

export const saveResearcherAs = (admin: Organiser, id: string | null, input: ResearcherInput) =>
  id === null ? addResearcher(wiring().db, admin, input) : saveResearcher(wiring().db, admin, id, input);

export const moveProjectPartAs = (admin: Organiser, kind: PartKind, id: string, direction: "up" | "down") =>
  moveProjectPart(wiring().db, admin, kind, id, direction);

export const removeProjectPartAs = (admin: Organiser, kind: PartKind, id: string) => removeProjectPart(wiring().db, admin, kind, id);
