"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-admin";
import { removeOrganiserAs } from "@/lib/server/organisers";

export async function removeOrganiserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = z.string().regex(/^[a-z0-9]{20,40}$/).safeParse(formData.get("organiser"));
  if (!id.success) redirect("/admin/organisatoren");
  const refusal = await removeOrganiserAs(admin, id.data);
  if (refusal) redirect(`/admin/organisatoren?fout=${encodeURIComponent(refusal)}`);
  redirect("/admin/organisatoren?verwijderd=1");
}
