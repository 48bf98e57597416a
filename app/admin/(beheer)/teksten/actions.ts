"use server";

import { z } from "zod";
import type { TextsFormState } from "@/lib/admin/texts-fields";
import { readTextsForm, textsSchema, textsValuesOf } from "@/lib/admin/texts-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { publicContentChanged } from "@/lib/server/public-site";
import { previewTexts, saveSiteTexts } from "@/lib/server/texts";

const NO_SERIES = "Er is nog geen serie om teksten voor te bewaren.";

/** "Voorbeeld bekijken" shows the texts as the site will; "Opslaan" stores them. Both check everything first. */
export async function saveTextsAction(previous: TextsFormState, formData: FormData): Promise<TextsFormState> {
  const admin = await requireAdmin();
  const values = readTextsForm(formData);
  const attempt = previous.status === "idle" ? 1 : previous.attempt + 1;
  const parsed = textsSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: z.flattenError(parsed.error).fieldErrors, formErrors: [], values, attempt };
  if (formData.get("intent") === "preview") return { status: "preview", preview: previewTexts(parsed.data), values, attempt };
  const changed = await saveSiteTexts(admin, parsed.data);
  if (changed === null) return { status: "invalid", errors: {}, formErrors: [NO_SERIES], values, attempt };
  if (changed > 0) publicContentChanged();
  return { status: "saved", changed, values: textsValuesOf(parsed.data), attempt };
}
