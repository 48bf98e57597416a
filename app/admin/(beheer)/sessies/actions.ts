"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { sessionFormAnswers, sessionFormSchema, sessionIdSchema } from "@/lib/admin/session-form";
import type { SessionFormState } from "@/lib/admin/session-form-state";
import { requireAdmin } from "@/lib/auth/current-admin";
import { FORGED } from "@/lib/registration/form-schema";
import { publicContentChanged } from "@/lib/server/public-site";
import { addSessionAs, moveSessionAs, removeSessionAs } from "@/lib/server/series";

// Shaping the programme: a new session, a session moved up or down, a session removed.

export async function createSessionAction(previous: SessionFormState, formData: FormData): Promise<SessionFormState> {
  const admin = await requireAdmin();
  const { raw, invalid, refused } = sessionFormAnswers(formData, previous);
  const series = formData.get("series") === null ? { success: true as const, data: null } : sessionIdSchema.safeParse(formData.get("series"));
  if (!series.success) return invalid({}, [FORGED]);
  const parsed = sessionFormSchema.safeParse(raw);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);

  const result = await addSessionAs(admin, parsed.data, series.data);
  if (!result.ok) return refused(result.errors);
  publicContentChanged();
  redirect(`/admin/sessies/${result.id}?toegevoegd=1`);
}

// The page the buttons stood on: the overview, or a draft series' page.
const backSchema = z.union([z.literal("/admin"), z.string().regex(/^\/admin\/reeksen\/[a-z0-9]{20,40}$/)]).catch("/admin");
const moveSchema = z.object({ id: sessionIdSchema, richting: z.enum(["up", "down"]) });

export async function moveSessionAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const back = backSchema.parse(formData.get("terug"));
  const move = moveSchema.safeParse({ id: formData.get("id"), richting: formData.get("richting") });
  const result = move.success ? await moveSessionAs(admin, move.data.id, move.data.richting) : { ok: false };
  if (result.ok) publicContentChanged();
  redirect(`${back}?volgorde=${result.ok ? "ok" : "fout"}#volgorde`);
}

export async function removeSessionAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = sessionIdSchema.safeParse(formData.get("id"));
  if (!id.success) redirect("/admin");
  const result = await removeSessionAs(admin, id.data);
  if (!result.ok) redirect(`/admin/sessies/${id.data}/verwijderen?fout=1`);
  publicContentChanged();
  redirect(`/admin?verwijderd=${encodeURIComponent(result.title)}`);
}
