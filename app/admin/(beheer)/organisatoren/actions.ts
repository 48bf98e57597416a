"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-admin";
import { changeOwnPassword, removeOrganiserAs } from "@/lib/server/organisers";

export type PasswordState =
  | { status: "idle" | "changed"; attempt: number }
  | { status: "invalid"; field: "current" | "next" | "repeat"; message: string; attempt: number };

const passwordForm = z.object({ current: z.string().max(1000), next: z.string().max(1000), repeat: z.string().max(1000) });

export async function changePasswordAction(previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const admin = await requireAdmin();
  const attempt = previous.attempt + 1;
  const parsed = passwordForm.safeParse(Object.fromEntries(["current", "next", "repeat"].map((key) => [key, formData.get(key)])));
  if (!parsed.success) return { status: "invalid", field: "current", message: "Vul alle velden in.", attempt };
  const { current, next, repeat } = parsed.data;
  if (current === "") return { status: "invalid", field: "current", message: "Vul je huidige wachtwoord in.", attempt };
  if (next !== repeat) return { status: "invalid", field: "repeat", message: "De twee nieuwe wachtwoorden zijn niet gelijk.", attempt };
  const result = await changeOwnPassword(admin, current, next);
  if (!result.ok) return { status: "invalid", field: result.field, message: result.message, attempt };
  return { status: "changed", attempt };
}

export async function removeOrganiserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = z.string().regex(/^[a-z0-9]{20,40}$/).safeParse(formData.get("organiser"));
  if (!id.success) redirect("/admin/organisatoren");
  const refusal = await removeOrganiserAs(admin, id.data);
  if (refusal) redirect(`/admin/organisatoren?fout=${encodeURIComponent(refusal)}`);
  redirect("/admin/organisatoren?verwijderd=1");
}
