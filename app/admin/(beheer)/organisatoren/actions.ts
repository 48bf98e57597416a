"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-admin";
import { removeOrganiserAs, setOwnDailySummary } from "@/lib/server/organisers";

export async function removeOrganiserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = z.string().regex(/^[a-z0-9]{20,40}$/).safeParse(formData.get("organiser"));
  if (!id.success) redirect("/admin/organisatoren");
  const refusal = await removeOrganiserAs(admin, id.data);
  if (refusal) redirect(`/admin/organisatoren?fout=${encodeURIComponent(refusal)}`);
  redirect("/admin/organisatoren?verwijderd=1");
}

/** The organiser switches their own daily summary on or off. */
export async function dailySummaryAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const choice = z.enum(["aan", "uit"]).safeParse(formData.get("dagoverzicht"));
  if (!choice.success) redirect(`/admin/organisatoren?fout=${encodeURIComponent("Kies of je het dagoverzicht wilt krijgen: aan of uit.")}#dagoverzicht`);
  await setOwnDailySummary(admin, choice.data === "aan");
  redirect(`/admin/organisatoren?dagoverzicht=${choice.data}#dagoverzicht`);
}
