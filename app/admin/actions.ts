"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ADMIN_COOKIE, endAdminSession } from "@/lib/auth/admin-session";
import { SIGN_IN_PATH } from "@/lib/auth/current-admin";
import { signIn } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type SignInState = { error?: string; email: string };

const credentials = z.object({ email: z.string().trim().max(254), password: z.string().max(1000) });

const WRONG = "Het e-mailadres of het wachtwoord klopt niet.";
const LIMITED = "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: WRONG, email: "" };
  const config = env();
  const result = await signIn(
    db(),
    { ...parsed.data, ip: clientIp(await headers()) },
    new Date(),
    {
      attempts: config.RATE_LIMIT_SIGNIN_ATTEMPTS,
      windowSeconds: config.RATE_LIMIT_SIGNIN_WINDOW_SECONDS,
      sessionHours: config.ADMIN_SESSION_HOURS,
    },
  );
  // The password is never sent back into the form.
  if (!result.ok) return { error: result.reason === "limited" ? LIMITED : WRONG, email: parsed.data.email };
  (await cookies()).set(ADMIN_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.APP_URL.startsWith("https://"),
    path: "/",
    expires: result.expiresAt,
  });
  redirect("/admin");
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(ADMIN_COOKIE)?.value;
  if (token) await endAdminSession(db(), token);
  jar.delete(ADMIN_COOKIE);
  redirect(SIGN_IN_PATH);
}
