import "server-only";
import { cookies } from "next/headers";
import { getDailySummarySetting, setDailySummarySetting } from "../alerts/daily-summary-setting";
import { changePassword, removeOrganiser, type PasswordChange } from "../auth/organisers";
import { signIn, signOut } from "../auth/sign-in";
import { ADMIN_COOKIE, type Organiser } from "../auth/sign-in-session";
import { wiring } from "./wiring";

/** Checks an organiser's password and, when it is right, sets the sign-in cookie. */
export async function signInOrganiser(credentials: { email: string; password: string; ip: string }) {
  const { db, config, now, secret } = wiring();
  const result = await signIn(db, await secret(), credentials, now(), {
    attempts: config.RATE_LIMIT_SIGNIN_ATTEMPTS,
    windowSeconds: config.RATE_LIMIT_SIGNIN_WINDOW_SECONDS,
    sessionHours: config.ADMIN_SESSION_HOURS,
  });
  if (!result.ok) return result;
  (await cookies()).set(ADMIN_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: config.APP_URL.startsWith("https://"),
    path: "/",
    expires: result.expiresAt,
  });
  return { ok: true as const, mustChangePassword: result.mustChangePassword };
}

/** Ends this browser's sign-in session. */
export async function signOutOrganiser(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(ADMIN_COOKIE)?.value;
  if (token) await signOut(wiring().db, token);
  jar.delete(ADMIN_COOKIE);
}

/** The organiser changes their own password; they stay signed in here, and nowhere else. */
export async function changeOwnPassword(admin: Organiser, current: string, next: string): Promise<PasswordChange> {
  const { db, now } = wiring();
  const token = (await cookies()).get(ADMIN_COOKIE)?.value ?? null;
  return changePassword(db, admin.id, current, next, token, now());
}

/** Removes another organiser; returns why not, or null. */
export function removeOrganiserAs(admin: Organiser, organiserId: string): Promise<string | null> {
  return removeOrganiser(wiring().db, admin, organiserId);
}

/** Whether the signed-in organiser gets the daily summary. */
export function getOwnDailySummary(admin: Organiser): Promise<boolean> {
  return getDailySummarySetting(wiring().db, admin.id);
}

/** The signed-in organiser switches their own daily summary on or off. */
export function setOwnDailySummary(admin: Organiser, on: boolean): Promise<void> {
  return setDailySummarySetting(wiring().db, admin.id, on);
}
