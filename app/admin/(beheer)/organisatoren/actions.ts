"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/admin/audit";
import { ADMIN_COOKIE } from "@/lib/auth/admin-session";
import { requireAdmin } from "@/lib/auth/current-admin";
import { changePassword, removeOrganiser } from "@/lib/auth/organisers";
import { db } from "@/lib/db";

export type PasswordState = { status: "idle" | "changed" } | { status: "invalid"; field: "current" | "next" | "repeat"; message: string };

const passwordForm = z.object({ current: z.string().max(1000), next: z.string().max(1000), repeat: z.string().max(1000) });

export async function changePasswordAction(_previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const admin = await requireAdmin();
  const parsed = passwordForm.safeParse(Object.fromEntries(["current", "next", "repeat"].map((key) => [key, formData.get(key)])));
  if (!parsed.success) return { status: "invalid", field: "current", message: "Vul alle velden in." };
  const { current, next, repeat } = parsed.data;
  if (next !== repeat) return { status: "invalid", field: "repeat", message: "De twee nieuwe wachtwoorden zijn niet gelijk." };
  const token = (await cookies()).get(ADMIN_COOKIE)?.value ?? null;
  const result = await changePassword(db(), admin.id, current, next, token, new Date());
  if (!result.ok) return { status: "invalid", field: result.field, message: result.message };
  await audit(db(), admin, "wachtwoord gewijzigd", "eigen wachtwoord; andere ingelogde sessies beëindigd");
  return { status: "changed" };
}

export async function removeOrganiserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = z.string().regex(/^[a-z0-9]{20,40}$/).safeParse(formData.get("organiser"));
  if (!id.success) redirect("/admin/organisatoren");
  const target = await db().organiser.findUnique({ where: { id: id.data }, select: { email: true } });
  const refusal = await removeOrganiser(db(), admin.id, id.data);
  if (refusal) redirect(`/admin/organisatoren?fout=${encodeURIComponent(refusal)}`);
  await audit(db(), admin, "organisator verwijderd", target?.email ?? id.data);
  redirect("/admin/organisatoren?verwijderd=1");
}
