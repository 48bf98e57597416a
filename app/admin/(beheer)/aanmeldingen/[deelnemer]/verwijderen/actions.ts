"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/current-admin";
import { eraseAs } from "@/lib/server/admin";

const registrantId = z.string().regex(/^[a-z0-9]{20,40}$/);

/** Deletes everything about a person, after the organiser saw the confirmation page. */
export async function eraseRegistrantAction(formData: FormData): Promise<void> {
  const admin = await requireAdmin();
  const parsed = registrantId.safeParse(formData.get("registrant"));
  if (!parsed.success) redirect("/admin/aanmeldingen?gedaan=ongeldig");
  const erased = await eraseAs(admin, parsed.data);
  redirect(`/admin/aanmeldingen?gedaan=${erased ? "verwijderd" : "niet-verwijderd"}`);
}
