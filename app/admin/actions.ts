"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from "@/lib/auth/current-admin";
import { clientIp } from "@/lib/client-ip";
import { signInOrganiser, signOutOrganiser } from "@/lib/server/organisers";
import { formatWait } from "@/lib/time";

export type SignInState = {
  errors?: { email?: string; password?: string };
  /** Wrong credentials or too many attempts: a message for the whole form. */
  error?: string;
  email: string;
  attempt: number;
};

const credentials = z.object({
  email: z.string({ error: "Vul je e-mailadres in." }).trim().min(1, "Vul je e-mailadres in.").max(254, "Dit e-mailadres is te lang."),
  password: z.string({ error: "Vul je wachtwoord in." }).min(1, "Vul je wachtwoord in.").max(1000, "Dit wachtwoord is te lang."),
});

const WRONG = "Het e-mailadres of het wachtwoord klopt niet.";
const REFUSED = {
  limited: (seconds: number) => `Te veel mislukte pogingen. Wacht ${formatWait(seconds)} en probeer het dan opnieuw.`,
  paused: (seconds: number) => `Na een verkeerd wachtwoord wacht je even. Probeer het over ${formatWait(seconds)} opnieuw.`,
};

export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const typed = formData.get("email");
  // The password is never sent back into the form.
  const state = { email: typeof typed === "string" ? typed : "", attempt: previous.attempt + 1 };
  const parsed = credentials.safeParse({ email: formData.get("email") ?? undefined, password: formData.get("password") ?? undefined });
  if (!parsed.success) {
    const { email, password } = z.flattenError(parsed.error).fieldErrors;
    return { ...state, errors: { email: email?.[0], password: password?.[0] } };
  }
  const result = await signInOrganiser({ ...parsed.data, ip: clientIp(await headers()) });
  if (!result.ok) return { ...state, error: result.reason === "invalid" ? WRONG : REFUSED[result.reason](result.waitSeconds) };
  redirect(result.mustChangePassword ? CHANGE_PASSWORD_PATH : "/admin");
}

export async function signOutAction(): Promise<void> {
  await signOutOrganiser();
  redirect(SIGN_IN_PATH);
}
