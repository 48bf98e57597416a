"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { detailsSchema, formDataToObject } from "@/lib/registration/form-schema";
import { correctOwn, eraseOwn } from "@/lib/server/personal";

// The link is the credential: it comes along as a hidden field and every call opens it again.

export type DetailsValues = { name: string; organisation: string; role: string };
export type DetailsErrors = Partial<Record<keyof DetailsValues, string[]>>;

export type DetailsState =
  | { status: "idle" }
  | { status: "invalid"; errors: DetailsErrors; formErrors: string[]; values: DetailsValues; attempt: number }
  | { status: "saved"; values: DetailsValues; attempt: number };

const BROKEN = "Er ging iets mis. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.";
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A person corrects their name, organisation and role, checked as when they signed up. */
export async function correctDetailsAction(previous: DetailsState, formData: FormData): Promise<DetailsState> {
  const { link, ...raw } = formDataToObject(formData);
  const values = { name: text(raw.name), organisation: text(raw.organisation), role: text(raw.role) };
  const attempt = previous.status === "idle" ? 1 : previous.attempt + 1;
  const invalid = (errors: DetailsErrors, formErrors: string[] = []): DetailsState => ({ status: "invalid", errors, formErrors, values, attempt });
  const parsed = detailsSchema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    return invalid({ name: fieldErrors.name, organisation: fieldErrors.organisation, role: fieldErrors.role }, formErrors);
  }
  let saved: boolean;
  try {
    saved = await correctOwn(text(link), parsed.data);
  } catch (error) {
    console.error("[details] failed:", error);
    return invalid({}, [BROKEN]);
  }
  if (!saved) notFound();
  const { name, organisation, role } = parsed.data;
  return { status: "saved", values: { name, organisation, role: role ?? "" }, attempt };
}

/** Deletes everything about the person behind the link, after the confirmation step. */
export async function eraseOwnAction(formData: FormData): Promise<void> {
  const link = formData.get("link");
  if (typeof link !== "string" || !(await eraseOwn(link))) notFound();
  redirect("/gegevens-verwijderd");
}
