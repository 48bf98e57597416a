import "server-only";
import { getErasePreview, getOwnSignUps, listOwnCancelled } from "../data/registrant";
import { managePath, openManageLink, type OpenedLink } from "../links/manage-link";
import { cancelOwnSignUps } from "../registration/cancel";
import { correctOwnDetails } from "../registration/correct";
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

/** What a person sees behind their manage link, and the titles of `justCancelled` that they cancelled. */
export async function getManagePage(link: string, justCancelled: string[] = []) {
  const opened = await open(link);
  if (!opened) return null;
  const { db, now } = wiring();
  const [overview, cancelled] = await Promise.all([
    getOwnSignUps(db, opened.id, now()),
    justCancelled.length > 0 ? listOwnCancelled(db, opened.id, justCancelled) : [],
  ]);
  return overview && { ...overview, cancelled, path: await pathOf(opened) };
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
