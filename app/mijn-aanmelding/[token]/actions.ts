"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { cancelOwnSignUps } from "@/lib/registration/cancel";
import { registrantForToken } from "@/lib/registration/manage-token";
import { kickScheduler } from "@/lib/scheduler/in-process";

const cancelSchema = z.object({
  token: z.string().max(100),
  signUp: z.union([z.literal("all"), z.string().regex(/^[a-z0-9]{20,40}$/)]),
});

/** Cancels one or all of the person's sessions; a POST behind a button, never a link. */
export async function cancelAction(formData: FormData): Promise<void> {
  const parsed = cancelSchema.safeParse({ token: formData.get("token"), signUp: formData.get("signUp") });
  if (!parsed.success) redirect("/link-kwijt");
  const { token, signUp } = parsed.data;
  const now = new Date();
  const registrantId = await registrantForToken(db(), token, now);
  if (!registrantId) redirect(`/mijn-aanmelding/${token}`);

  const rules = { leadHours: env().REMINDER_LEAD_HOURS };
  const cancelled = await cancelOwnSignUps(db(), registrantId, signUp === "all" ? "all" : [signUp], now, rules);
  if (cancelled.length > 0) kickScheduler();
  redirect(`/mijn-aanmelding/${token}?afgemeld=${cancelled.length}`);
}
