"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientIp } from "@/lib/client-ip";
import { forgotPassword } from "@/lib/server/organisers";
import { formatWait } from "@/lib/time";

export type ForgotState = { status: "idle" | "sent"; email: string; attempt: number } | { status: "invalid"; error: string; email: string; attempt: number };

const address = z.email({ error: "Vul een geldig e-mailadres in, zoals naam@organisatie.nl." }).max(254, "Dit e-mailadres is te lang.");

/** Open to anyone: the answer is the same whether or not the address is an organiser's. */
export async function forgotPasswordAction(previous: ForgotState, formData: FormData): Promise<ForgotState> {
  const typed = formData.get("email");
  const email = typeof typed === "string" ? typed.trim() : "";
  const attempt = previous.attempt + 1;
  if (email === "") return { status: "invalid", error: "Vul je e-mailadres in.", email, attempt };
  const parsed = address.safeParse(email);
  if (!parsed.success) return { status: "invalid", error: parsed.error.issues[0].message, email, attempt };
  const answer = await forgotPassword({ email: parsed.data, ip: clientIp(await headers()) });
  if (!answer.ok) return { status: "invalid", error: `Je hebt al een paar keer een link gevraagd. Wacht ${formatWait(answer.waitSeconds)} en probeer het dan opnieuw.`, email, attempt };
  return { status: "sent", email, attempt };
}
