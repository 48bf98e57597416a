"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formValuesOf, sessionFormAnswers, sessionFormSchema, sessionIdSchema } from "@/lib/admin/session-form";
import type { SessionFormState } from "@/lib/admin/session-form-state";
import { people, type UpdateResult } from "@/lib/admin/sessions";
import { requireAdmin } from "@/lib/auth/current-admin";
import { FORGED } from "@/lib/registration/form-schema";
import { cancelWholeSession, saveSession } from "@/lib/server/admin";
import { publicContentChanged } from "@/lib/server/public-site";


function savedNotice({ changed, linkChanged, promoted, toldOfTime }: Extract<UpdateResult, { ok: true }>): string {
  if (changed.length === 0) return "Opgeslagen. Er was niets gewijzigd.";
  const parts = ["Opgeslagen. De openbare pagina’s tonen de wijziging meteen."];
  if (toldOfTime > 0) {
    parts.push(`${people(toldOfTime)} (aangemeld of op de wachtlijst) ${toldOfTime === 1 ? "krijgt" : "krijgen"} een mail met de nieuwe tijd.`);
  } else if (linkChanged) parts.push("Wie de Teams-link al per mail kreeg, krijgt een mail met de wijziging.");
  if (promoted > 0) {
    parts.push(`${people(promoted)} van de wachtlijst kreeg een plek en krijgt daarover een mail.`);
  }
  return parts.join(" ");
}

export async function updateSessionAction(previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const admin = await requireAdmin();
  const { raw, attempt, invalid, refused } = sessionFormAnswers(formData, previous);
  const id = sessionIdSchema.safeParse(formData.get("id"));
  if (!id.success) return invalid({}, [FORGED]);
  const parsed = sessionFormSchema.safeParse(raw);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);

  const result = await saveSession(admin, id.data, parsed.data);
  if (!result.ok) return refused(result.errors);
  if (result.changed.length > 0) publicContentChanged();
  return { status: "saved", notice: savedNotice(result), values: formValuesOf(parsed.data), attempt };
}

// The numbers the confirmation step showed: the session is only called off if they still hold.
const count = z.string().regex(/^\d{1,9}$/).transform(Number);
const shownSchema = z.object({ confirmed: count, waitlisted: count });

export async function cancelSessionAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = sessionIdSchema.safeParse(formData.get("id"));
  if (!id.success) redirect("/admin");
  const shown = shownSchema.safeParse({ confirmed: formData.get("confirmed"), waitlisted: formData.get("waitlisted") });
  if (!shown.success) redirect(`/admin/sessies/${id.data}/annuleren`);

  const result = await cancelWholeSession(admin, id.data, shown.data);
  if (!result.ok && result.reason === "changed") redirect(`/admin/sessies/${id.data}/annuleren?gewijzigd=1`);
  if (!result.ok) redirect(`/admin/sessies/${id.data}?fout=${result.reason}`);
  publicContentChanged();
  redirect(`/admin/sessies/${id.data}?vervallen=${result.cancelled}`);
}
