import "server-only";
import { cookies } from "next/headers";
import { after } from "next/server";
import { getDailySummarySetting, setDailySummarySetting } from "../alerts/daily-summary-setting";
import { inviteOrganiser, resendInvitation, type InviteResult } from "../auth/invites";
import { setPasswordByLink, type LinkPasswordResult } from "../auth/link-password";
import { changePassword, removeOrganiser, type PasswordChange } from "../auth/organisers";
import { requestPasswordReset, type ResetAnswer } from "../auth/password-reset";
import { signIn, signOut } from "../auth/sign-in";
import { ADMIN_COOKIE, type Organiser } from "../auth/sign-in-session";
import { errorForLog } from "../error-text";
import { openOrganiserLink, type OpenedOrganiserLink } from "../links/organiser-link";
import { kickScheduler } from "./scheduler";
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

/** Invites a colleague by e-mail, or sends an invited one a new link; the mail goes out at once. */
export async function inviteColleague(admin: Organiser, email: string): Promise<InviteResult> {
  const { db, now } = wiring();
  const result = await inviteOrganiser(db, admin, email, now());
  if (result.ok) kickScheduler();
  return result;
}

/** Sends an invited colleague a new link; the one before stops working. */
export async function reinviteColleague(admin: Organiser, organiserId: string): Promise<InviteResult> {
  const { db, now } = wiring();
  const result = await resendInvitation(db, admin, organiserId, now());
  if (result.ok) kickScheduler();
  return result;
}

/**
 * "Wachtwoord vergeten?". Looking the address up and queueing the mail happen after the answer
 * has been sent, so the answer takes as long for an unknown address as for a known one.
 */
export async function forgotPassword(by: { email: string; ip: string }): Promise<ResetAnswer> {
  const { db, config, now, secret } = wiring();
  const rules = { attempts: config.RATE_LIMIT_RESET_ATTEMPTS, windowSeconds: config.RATE_LIMIT_RESET_WINDOW_SECONDS };
  return requestPasswordReset(db, await secret(), by, now(), rules, (work) =>
    after(() => work().then(kickScheduler, (error) => console.error("[wachtwoord vergeten] failed:", errorForLog(error)))),
  );
}

/** What a password link opens, while it works; reading it spends nothing. */
export async function openPasswordLink(link: string): Promise<OpenedOrganiserLink | null> {
  const { db, now, secret } = wiring();
  return openOrganiserLink(db, await secret(), link, now());
}

/** Sets the password behind a link, which spends it and signs the organiser out everywhere. */
export async function choosePasswordByLink(link: string, password: string): Promise<LinkPasswordResult> {
  const { db, now, secret } = wiring();
  return setPasswordByLink(db, await secret(), link, password, now());
}
