import "server-only";
import type { Db } from "../db";
import { evaluationClosesAt } from "../session-timeline";
import { linkMatches, linkSubject, signLink } from "./personal-link";

// A join link belongs to one sign-up: a place, not a person. It has one version: cancelled and
// taken again, the place keeps its link, and the page shows whatever the place is at that moment.
const VERSION = 1;

/** The path of a sign-up's join page: /deelnemen/<id>.<mac>. */
export function joinPath(secret: Buffer, signUpId: string): string {
  return `/deelnemen/${signLink(secret, "join", signUpId, VERSION)}`;
}

/**
 * Opens a join link: the sign-up it belongs to while the link is valid (the sign-up exists and
 * its session's evaluation has not closed); else null. The format is checked before anything is
 * looked up, and the MAC before the database is asked. `afterClosing` opens it later too, for no
 * more than to say kindly that the evaluation has closed.
 */
export async function openJoinLink(db: Db, secret: Buffer, link: string, now: Date, { afterClosing = false } = {}): Promise<string | null> {
  const id = linkSubject(link);
  if (!id || !linkMatches(secret, "join", link, VERSION)) return null;
  const signUp = await db.signUp.findUnique({ where: { id }, select: { session: { select: { startsAt: true, endsAt: true } } } });
  return signUp && (afterClosing || now < evaluationClosesAt(signUp.session)) ? id : null;
}
