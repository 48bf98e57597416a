"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-admin";
import { cancelSignUpAs, resendConfirmation } from "@/lib/server/admin";

const cuid = z.string().regex(/^[a-z0-9]{20,40}$/);

// The list's search and session filter ride along as hidden fields, so the organiser comes back to it.
const filterSchema = z.object({ q: z.string().trim().max(200).optional(), sessie: cuid.optional() });

const cancelSchema = filterSchema.extend({ signUp: cuid });
const resendSchema = filterSchema.extend({ registrant: cuid });

// An empty field counts as absent, as an unchosen filter is.
const field = (formData: FormData, name: string) => formData.get(name) || undefined;

/** Back to the list the organiser came from, with a notice of what happened. */
function backTo(filter: { q?: string; sessie?: string }, notice: string): never {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.sessie) params.set("sessie", filter.sessie);
  params.set("gedaan", notice);
  redirect(`/admin/aanmeldingen?${params}`);
}

export async function cancelSignUpAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = cancelSchema.safeParse({ signUp: field(formData, "signUp"), q: field(formData, "q"), sessie: field(formData, "sessie") });
  if (!parsed.success) backTo({}, "ongeldig");
  const { signUp, ...filter } = parsed.data;
  const changed = await cancelSignUpAs(admin, signUp);
  backTo(filter, changed ? "geannuleerd" : "niet-geannuleerd");
}

export async function resendMailAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = resendSchema.safeParse({ registrant: field(formData, "registrant"), q: field(formData, "q"), sessie: field(formData, "sessie") });
  if (!parsed.success) backTo({}, "ongeldig");
  const { registrant, ...filter } = parsed.data;
  const queued = await resendConfirmation(admin, registrant);
  backTo(filter, queued ? "mail-verstuurd" : "geen-mail");
}
