import "server-only";
import { calendarLinks } from "../calendar-links";
import { getErasePreview, getOwnSignUps, listOwnCancelled, type OwnSignUp } from "../data/registrant";
import { joinPath } from "../links/join-link";
import { managePath, openManageLink, type OpenedLink } from "../links/manage-link";
import { cancelOwnSignUps } from "../registration/cancel";
import { correctOwnDetails } from "../registration/correct";
import { linkMailsDueFrom } from "../teams-link-rule";
import { eraseRegistrant } from "../registration/erase";
import type { DetailsInput } from "../registration/form-schema";
import { kickScheduler } from "./scheduler";
import { wiring } from "./wiring";

// What the pages behind a person's manage link call. The link is the credential: every function
// opens it first, and a link that does not (or no longer) work gets null.

async function open(link: string): Promise<OpenedLink | null> {
  const { db, now, secret } = wiring();
  return openManageLink(db, await secret(), link, now());
}

/** The manage page's path for an opened link: made here, never copied from a request. */
async function pathOf(opened: OpenedLink): Promise<string> {
  return managePath(await wiring().secret(), { id: opened.id, manageLinkVersion: opened.version });
}

/**
 * A confirmed place as the manage page shows it: the ways to put it in a calendar, and from the
 * moment the link mails are due (lib/teams-link-rule.ts) the join page, so whoever lost the link
 * mail finds the way in again through "Link kwijt?".
 */
async function withJoinLinks(signUp: OwnSignUp, at: Date) {
  if (signUp.status !== "confirmed") return { ...signUp, join: null, calendar: null };
  const { rule, config, secret } = wiring();
  const path = joinPath(await secret(), signUp.id);
  return {
    ...signUp,
    join: at >= linkMailsDueFrom(signUp, rule) ? path : null,
    calendar: { file: `${path}/agenda`, links: calendarLinks(signUp, config.APP_URL) },
  };
}

/** What a person sees behind their manage link, and the titles of `justCancelled` that they cancelled. */
export async function getManagePage(link: string, justCancelled: string[] = []) {
  const opened = await open(link);
  if (!opened) return null;
  const { db, now } = wiring();
  const at = now();
  const [overview, cancelled] = await Promise.all([
    getOwnSignUps(db, opened.id, at),
    justCancelled.length > 0 ? listOwnCancelled(db, opened.id, justCancelled) : [],
  ]);
  if (!overview) return null;
  const signUps = await Promise.all(overview.signUps.map((signUp) => withJoinLinks(signUp, at)));
  return { ...overview, signUps, cancelled, path: await pathOf(opened) };
}

/** Everything erasing removes, for the confirmation step; null when the link does not work. */
export async function getOwnErasePreview(link: string) {
  const opened = await open(link);
  if (!opened) return null;
  const preview = await getErasePreview(wiring().db, opened.id);
  return preview && { ...preview, path: await pathOf(opened) };
}

/** Cancels some or all of the link owner's sign-ups; null when the link does not work. */
export async function cancelOwn(link: string, which: string[] | "all"): Promise<{ path: string; cancelled: string[] } | null> {
  const opened = await open(link);
  if (!opened) return null;
  const { db, now, rule } = wiring();
  const cancelled = await cancelOwnSignUps(db, opened.id, which, now(), rule);
  if (cancelled.length > 0) kickScheduler();
  return { path: await pathOf(opened), cancelled };
}

/** Corrects the link owner's name, organisation and role; false when the link does not work. */
export async function correctOwn(link: string, details: DetailsInput): Promise<boolean> {
  const opened = await open(link);
  return opened !== null && correctOwnDetails(wiring().db, opened.id, details);
}

/** Deletes everything about the link owner; false when the link does not work. */
export async function eraseOwn(link: string): Promise<boolean> {
  const opened = await open(link);
  if (!opened) return false;
  const { db, mailer, now, rule } = wiring();
  const erased = await eraseRegistrant(db, mailer, opened.id, now(), rule, "self");
  // Someone may have moved up into a freed place.
  if (erased) kickScheduler();
  return erased !== null;
}
