"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { sessionIdSchema } from "@/lib/admin/session-form";
import { MAX_WEEKS } from "@/lib/admin/series";
import { requireAdmin } from "@/lib/auth/current-admin";
import { publicContentChanged } from "@/lib/server/public-site";
import { copySeriesAs, publishSeriesAs } from "@/lib/server/series";

const weeksSchema = z.string().trim().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_WEEKS));

export async function copySeriesAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const typed = String(formData.get("weken") ?? "").slice(0, 20);
  const source = sessionIdSchema.safeParse(formData.get("bron"));
  const weeks = weeksSchema.safeParse(typed);
  // The page shows the message by the field, with what was typed; a forged source is no typing mistake.
  const sourceGone = `/admin/reeksen?fout=bron&weken=${encodeURIComponent(typed)}`;
  if (!source.success) redirect(sourceGone);
  if (!weeks.success) redirect(`/admin/reeksen?fout=weken&weken=${encodeURIComponent(typed)}#veld-weken`);
  const result = await copySeriesAs(admin, source.data, weeks.data);
  if (!result.ok) redirect(sourceGone);
  redirect(`/admin/reeksen/${result.id}?gekopieerd=1`);
}

export async function publishSeriesAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = sessionIdSchema.safeParse(formData.get("id"));
  if (!id.success) redirect("/admin/reeksen");
  const result = await publishSeriesAs(admin, id.data);
  if (!result.ok) redirect(`/admin/reeksen/${id.data}/publiceren?fout=${result.reason}`);
  publicContentChanged();
  redirect(`/admin/reeksen/${id.data}?gepubliceerd=1`);
}
