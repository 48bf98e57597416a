"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { answerEditor } from "@/lib/admin/editor-answer";
import { NO_PROJECT_PAGE, previewProject, previewSection } from "@/lib/admin/project";
import { PART_FOLDERS, PROJECT_FIELDS, RESEARCHER_FIELDS, SECTION_FIELDS, type EditorState, type ProjectField, type ResearcherField, type SectionField } from "@/lib/admin/project-fields";
import { partIdSchema, projectSchema, projectValuesOf, researcherSchema, sectionSchema, sectionValuesOf } from "@/lib/admin/project-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { FORGED } from "@/lib/registration/form-schema";
import { publicContentChanged } from "@/lib/server/public-site";
import { moveProjectPartAs, removeProjectPartAs, saveProjectAs, saveResearcherAs, saveSectionAs } from "@/lib/server/project";

// The project page editor: its own texts, its sections and its researchers. An empty "id" adds one.

const forged = { ok: false as const, errors: {}, formErrors: [FORGED] };

/** The part's id from the form: null for a new one, undefined when the field was tampered with. */
function idOf(formData: FormData): string | null | undefined {
  const id = formData.get("id");
  if (id === null || id === "") return null;
  const parsed = partIdSchema.safeParse(id);
  return parsed.success ? parsed.data : undefined;
}

function afterSave<F extends string>(state: EditorState<F>, added: { anchor: string; id: string } | null) {
  if (state.status !== "saved") return state;
  if (state.changed > 0) publicContentChanged();
  if (added) redirect(`/admin/project?toegevoegd=${added.anchor}#${added.anchor}-${added.id}`);
  return state;
}

export async function saveProjectAction(previous: EditorState<ProjectField>, formData: FormData): Promise<EditorState<ProjectField>> {
  const admin = await requireAdmin();
  const state = await answerEditor(previous, formData, {
    fields: PROJECT_FIELDS,
    schema: projectSchema,
    preview: previewProject,
    valuesOf: projectValuesOf,
    save: async (input) => {
      const changed = await saveProjectAs(admin, input);
      return changed === null ? { ok: false, errors: {}, formErrors: [NO_PROJECT_PAGE] } : { ok: true, changed };
    },
  });
  return afterSave(state, null);
}

export async function saveSectionAction(previous: EditorState<SectionField>, formData: FormData): Promise<EditorState<SectionField>> {
  const admin = await requireAdmin();
  const id = idOf(formData);
  let added: { anchor: string; id: string } | null = null;
  const state = await answerEditor(previous, formData, {
    fields: SECTION_FIELDS,
    schema: sectionSchema,
    preview: previewSection,
    valuesOf: sectionValuesOf,
    save: async (input) => {
      if (id === undefined) return forged;
      const result = await saveSectionAs(admin, id, input);
      if (result.ok && id === null) added = { anchor: "onderdeel", id: result.id };
      return result;
    },
  });
  return afterSave(state, added);
}

export async function saveResearcherAction(previous: EditorState<ResearcherField>, formData: FormData): Promise<EditorState<ResearcherField>> {
  const admin = await requireAdmin();
  const id = idOf(formData);
  let added: { anchor: string; id: string } | null = null;
  const state = await answerEditor(previous, formData, {
    fields: RESEARCHER_FIELDS,
    schema: researcherSchema,
    valuesOf: (input) => input,
    save: async (input) => {
      if (id === undefined) return forged;
      const result = await saveResearcherAs(admin, id, input);
      if (result.ok && id === null) added = { anchor: "onderzoeker", id: result.id };
      return result;
    },
  });
  return afterSave(state, added);
}

const KIND = { onderdeel: "section", onderzoeker: "researcher" } as const;
const moveSchema = z.object({ soort: z.enum(["onderdeel", "onderzoeker"]), id: partIdSchema, richting: z.enum(["up", "down"]) });

/** Omhoog / Omlaag: back to the same item, so the next press is one Tab away. */
export async function moveProjectPartAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const move = moveSchema.safeParse({ soort: formData.get("soort"), id: formData.get("id"), richting: formData.get("richting") });
  if (!move.success) redirect("/admin/project?volgorde=fout");
  const { soort, id, richting } = move.data;
  const ok = await moveProjectPartAs(admin, KIND[soort], id, richting);
  if (ok) publicContentChanged();
  redirect(`/admin/project?volgorde=${ok ? "ok" : "fout"}#${soort}-${id}`);
}

const removeSchema = z.object({ soort: z.enum(["onderdeel", "onderzoeker"]), id: partIdSchema });

/** The confirmation page's "Ja, verwijder": the part goes, its text stays in the audit log. */
export async function removeProjectPartAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const remove = removeSchema.safeParse({ soort: formData.get("soort"), id: formData.get("id") });
  if (!remove.success) redirect("/admin/project");
  const { soort, id } = remove.data;
  const label = await removeProjectPartAs(admin, KIND[soort], id);
  if (label === null) redirect(`/admin/project/${PART_FOLDERS[soort]}/${id}/verwijderen?fout=1`);
  publicContentChanged();
  redirect(`/admin/project?verwijderd=${encodeURIComponent(label)}`);
}
