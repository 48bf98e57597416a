"use server";

import { z } from "zod";
import type { FollowUpFormState } from "@/lib/admin/follow-up-fields";
import { followUpSchema, followUpValuesOf, storedFollowUpValues } from "@/lib/admin/follow-up-form";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { requireAdmin } from "@/lib/auth/current-admin";
import { FORGED } from "@/lib/registration/form-schema";
import { saveSessionFollowUp } from "@/lib/server/session-outcome";

export async function saveFollowUpAction(previous: FollowUpFormState, formData: FormData): Promise<FollowUpFormState> {
  const admin = await requireAdmin();
  const values = followUpValuesOf(formData);
  const attempt = previous.status === "idle" ? 1 : previous.attempt + 1;
  const invalid = (errors: Partial<Record<string, string[]>>, formErrors: string[] = []): FollowUpFormState => ({ status: "invalid", errors, formErrors, values, attempt });
  const id = sessionIdSchema.safeParse(formData.get("id"));
  if (!id.success) return invalid({}, [FORGED]);
  const parsed = followUpSchema.safeParse({ ...values, enabled: formData.get("enabled") ?? undefined });
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  if (!(await saveSessionFollowUp(admin, id.data, parsed.data))) return invalid({}, ["Deze sessie bestaat niet (meer)."]);
  return { status: "saved", values: storedFollowUpValues(parsed.data), attempt };
}
