import "server-only";
import type { Db } from "../db";
import type { Tx } from "../transaction";
import { siteDetails, type SiteDetails, type StoredSiteSettings } from "../site-settings";

/** The one settings row's id. */
export const SITE_SETTINGS_ID = "site";

export function querySiteSettings(db: Db | Tx): Promise<StoredSiteSettings | null> {
  return db.siteSettings.findUnique({
    where: { id: SITE_SETTINGS_ID },
    select: { contactEmail: true, privacyContact: true, privacyController: true, privacyAudience: true },
  });
}

/** The details in force now, read afresh: for mails, which must carry the newest contact address. */
export async function currentSiteDetails(db: Db, defaultContact: string): Promise<SiteDetails> {
  return siteDetails(await querySiteSettings(db), defaultContact);
}
