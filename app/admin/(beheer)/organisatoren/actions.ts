"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-admin";
import { idParam } from "@/lib/route-params";
import { inviteColleague, reinviteColleague, removeOrganiserAs, setOwnDailySummary } from "@/lib/server/organisers";

const PAGE = "/admin/organisatoren";

export async function removeOrganiserAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = idParam.safeParse(formData.get("organiser"));
  if (!id.success) redirect(PAGE);
  const refusal = await removeOrganiserAs(admin, id.data);
  if (refusal) redirect(`${PAGE}?fout=${encodeURIComponent(refusal)}`);
  redirect(`${PAGE}?verwijderd=1`);
}

export type InviteState = { status: "idle" | "sent" | "invalid"; email: string; message?: string; attempt: number };

const address = z
  .string()
  .trim()
  .min(1, "Vul het e-mailadres van je collega in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, zoals naam@organisatie.nl." }));

export async function inviteOrganiserAction(previous: InviteState, formData: FormData): Promise<InviteState> {
  const admin = await requireAdmin();
  const typed = formData.get("email");
  const state = { email: typeof typed === "string" ? typed : "", attempt: previous.attempt + 1 };
  const parsed = address.safeParse(typed ?? "");
  if (!parsed.success) return { ...state, status: "invalid", message: parsed.error.issues[0].message };
  const result = await inviteColleague(admin, parsed.data);
  if (!result.ok) return { ...state, status: "invalid", message: result.message };
  revalidatePath(PAGE);
  return { ...state, status: "sent", email: parsed.data };
}

export async function resendInvitationAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const id = idParam.safeParse(formData.get("organiser"));
  if (!id.success) redirect(PAGE);
  const result = await reinviteColleague(admin, id.data);
  redirect(result.ok ? `${PAGE}?opnieuw=1` : `${PAGE}?fout=${encodeURIComponent(result.message)}`);
}

/** The organiser switches their own daily summary on or off. */
export async function dailySummaryAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const choice = z.enum(["aan", "uit"]).safeParse(formData.get("dagoverzicht"));
  if (!choice.success) redirect(`${PAGE}?fout=${encodeURIComponent("Kies of je het dagoverzicht wilt krijgen: aan of uit.")}#dagoverzicht`);
  await setOwnDailySummary(admin, choice.data === "aan");
  redirect(`${PAGE}?dagoverzicht=${choice.data}#dagoverzicht`);
}
