import { z } from "zod";
import type { EditorState } from "./project-fields";
import { readForm } from "./project-form";

// How an editor's server action answers: the fields checked first, then a preview ("Voorbeeld
// bekijken") or a save ("Opslaan"); on any refusal the form comes back as typed.

type Saved<F extends string> = { ok: true; changed: number } | { ok: false; errors: Partial<Record<F, string[]>>; formErrors: string[] };

type Spec<F extends string, S extends z.ZodType> = {
  fields: readonly F[];
  schema: S;
  preview?: (input: z.output<S>) => { label: string; html: string }[];
  save: (input: z.output<S>) => Promise<Saved<F>>;
  /** The saved input as the form shows it, so a saved form shows what is stored. */
  valuesOf: (input: z.output<S>) => Record<F, string>;
};

export async function answerEditor<F extends string, S extends z.ZodType>(previous: EditorState<F>, formData: FormData, spec: Spec<F, S>): Promise<EditorState<F>> {
  const values = readForm(formData, spec.fields);
  const attempt = previous.status === "idle" ? 1 : previous.attempt + 1;
  const parsed = spec.schema.safeParse(values);
  if (!parsed.success) {
    // The schema's keys are the form's fields.
    const errors: Partial<Record<F, string[]>> = z.flattenError(parsed.error).fieldErrors as Partial<Record<string, string[]>>;
    return { status: "invalid", errors, formErrors: [], values, attempt };
  }
  if (spec.preview && formData.get("intent") === "preview") return { status: "preview", preview: spec.preview(parsed.data), values, attempt };
  const saved = await spec.save(parsed.data);
  if (!saved.ok) return { status: "invalid", errors: saved.errors, formErrors: saved.formErrors, values, attempt };
  return { status: "saved", changed: saved.changed, values: spec.valuesOf(parsed.data), attempt };
}
