import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { wiring } from "../server/wiring";
import { ADMIN_COOKIE, organiserForSignIn, type Organiser } from "./sign-in-session";

export const SIGN_IN_PATH = "/admin/inloggen";
export const CHANGE_PASSWORD_PATH = "/admin/wachtwoord";

async function readAdmin(): Promise<Organiser | null> {
  const token = (await cookies()).get(ADMIN_COOKIE)?.value;
  const { db, now } = wiring();
  return token ? organiserForSignIn(db, token, now()) : null;
}

/** The signed-in organiser of this request, or null. Checked against the database, once per request. */
export const getAdmin = cache(readAdmin);

/**
 * Every admin page and server action starts with this: without a valid session it redirects to
 * sign-in and nothing else runs. A layout or a cookie check in front is no guard: every server
 * action can be posted to directly.
 */
export async function requireAdmin(): Promise<Organiser> {
  const admin = await requireSignedIn();
  // Read again before sending them back: the action that just replaced the password renders the
  // page it redirects to in the same request, where getAdmin still holds the state before it.
  if (admin.mustChangePassword && (await readAdmin())?.mustChangePassword !== false) redirect(CHANGE_PASSWORD_PATH);
  return admin;
}

/** Like requireAdmin, but also for an organiser who must first replace a generated password: only for changing it. */
export async function requireSignedIn(): Promise<Organiser> {
  const admin = await getAdmin();
  if (!admin) redirect(SIGN_IN_PATH);
  return admin;
}

/** For route handlers, which answer 401 instead of redirecting. */
export async function adminOrUnauthorized(): Promise<Organiser | Response> {
  const admin = await getAdmin();
  if (admin && !admin.mustChangePassword) return admin;
  return new Response("Niet ingelogd.", { status: 401, headers: { "cache-control": "no-store" } });
}
