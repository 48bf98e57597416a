import { z } from "zod";

// After a cancellation the manage page names what was cancelled. The ids ride along in a cookie
// for that page only, for a minute: the URL carries no status, and a reload shows the page as it is.

export const JUST_CANCELLED = "afgemeld";
const SECONDS = 60;

const ids = z.array(z.string().regex(/^[a-z0-9]{20,40}$/)).max(20);

/** The Set-Cookie header for the manage page at `path`; an empty list clears it. */
export function justCancelledCookie(path: string, signUpIds: string[]): string {
  const maxAge = signUpIds.length > 0 ? SECONDS : 0;
  return `${JUST_CANCELLED}=${signUpIds.join(".")}; Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax`;
}

/** The sign-up ids in the cookie's value; none for anything this server did not write. */
export function readJustCancelled(value: string | undefined): string[] {
  const parsed = ids.safeParse(value ? value.split(".") : []);
  return parsed.success ? parsed.data : [];
}
