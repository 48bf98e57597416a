import "server-only";
import type { Db } from "../db";
import { linkMatches, linkSubject, signLink } from "./personal-link";

export type LinkOwner = { id: string; manageLinkVersion: number };

// How many issued versions are tried, newest first: "Link kwijt?" is rate-limited, so a person
// never has more than a few links in their mailbox that still matter.
const VERSIONS_TRIED = 20;

/** The path of a person's manage page: the same link for the same version, on every attempt at a mail. */
export function managePath(secret: Buffer, registrant: LinkOwner): string {
  return `/mijn-aanmelding/${signLink(secret, "manage", registrant.id, registrant.manageLinkVersion)}`;
}

export type OpenedLink = { id: string; version: number };

/**
 * Opens a manage link: the person it belongs to and its version, while it is valid (the person
 * exists, the version lies between their oldest accepted and newest issued one, and their series
 * has not ended); else null. The first use of a newer link ("Link kwijt?") retires every older
 * one: asking for a link changes nothing until the mail with it has reached its owner.
 */
export async function openManageLink(db: Db, secret: Buffer, link: string, now: Date): Promise<OpenedLink | null> {
  const id = linkSubject(link);
  if (!id) return null;
  const registrant = await db.registrant.findUnique({ where: { id }, select: { manageLinkVersion: true, manageLinkValidFrom: true } });
  if (!registrant) return null;
  const oldest = Math.max(registrant.manageLinkValidFrom, registrant.manageLinkVersion - VERSIONS_TRIED + 1);
  let matched = 0;
  // Every candidate is checked, so the time taken does not tell which version matched.
  for (let version = registrant.manageLinkVersion; version >= oldest; version--) {
    if (linkMatches(secret, "manage", link, version) && matched === 0) matched = version;
  }
  if (matched === 0 || (await seriesEnd(db, id)) <= now) return null;
  if (matched > registrant.manageLinkValidFrom) {
    // Conditional, so two first uses at once (or of two new links) only ever raise it.
    await db.registrant.updateMany({ where: { id, manageLinkValidFrom: { lt: matched } }, data: { manageLinkValidFrom: matched } });
  }
  return { id, version: matched };
}

/** When the last session of the person's series ends: their manage link works until then. */
async function seriesEnd(db: Db, registrantId: string): Promise<Date> {
  const last = await db.session.findFirst({
    where: { series: { sessions: { some: { signUps: { some: { registrantId } } } } } },
    orderBy: { endsAt: "desc" },
    select: { endsAt: true },
  });
  return last?.endsAt ?? new Date(0);
}
