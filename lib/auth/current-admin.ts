import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { ADMIN_COOKIE, organiserForSession, type Organiser } from "./admin-session";

export const SIGN_IN_PATH = "/admin/inloggen";

/** The signed-in organiser of this request, or null. Checked against the database, once per request. */
export const getAdmin = cache(async (): Promise<Organiser | null> => {
  const token = (await cookies()).get(ADMIN_COOKIE)?.value;
  return token ? organiserForSession(db(), token, new Date()) : null;
});

/**
 * Every admin page and server action starts with this: without a valid session it redirects to
 * sign-in and nothing else runs. (proxy.ts is no guard: actions can be posted to directly.)
 */
export async function requireAdmin(): Promise<Organiser> {
  const admin = await getAdmin();
  if (!admin) redirect(SIGN_IN_PATH);
  return admin;
}

/** For route handlers, which answer 401 instead of redirecting. */
export async function adminOrUnauthorized(): Promise<Organiser | Response> {
  return (await getAdmin()) ?? new Response("Niet ingelogd.", { status: 401, headers: { "cache-control": "no-store" } });
}
