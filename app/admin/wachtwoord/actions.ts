"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireSignedIn } from "@/lib/auth/current-admin";
import { changeOwnPassword } from "@/lib/server/organisers";

export type PasswordState =
  | { status: "idle" | "changed"; attempt: number }
  | { status: "invalid"; field: "current" | "next" | "repeat"; message: string; attempt: number };

const passwordForm = z.object({ current: z.string().max(1000), next: z.string().max(1000), repeat: z.string().max(1000) });

export async function changePasswordAction(previous: PasswordState, formData: FormData): Promise<PasswordState> {
  // Open to an organiser who must still replace a generated password: this is how they do it.
  const admin = await requireSignedIn();
  const attempt = previous.attempt + 1;
  const parsed = passwordForm.safeParse(Object.fromEntries(["current", "next", "repeat"].map((key) => [key, formData.get(key)])));
  if (!parsed.success) return { status: "invalid", field: "current", message: "Vul alle velden in.", attempt };
  const { current, next, repeat } = parsed.data;
  if (current === "") return { status: "invalid", field: "current", message: "Vul je huidige wachtwoord in.", attempt };
  if (next !== repeat) return { status: "invalid", field: "repeat", message: "De twee nieuwe wachtwoorden zijn niet gelijk.", attempt };
  const result = await changeOwnPassword(admin, current, next);
  if (!result.ok) return { status: "invalid", field: result.field, message: result.message, attempt };
  if (admin.mustChangePassword) redirect("/admin");
  return { status: "changed", attempt };
}
