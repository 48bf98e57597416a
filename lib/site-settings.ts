// The site's own details as organisers set them, with what applies while they have not.

/** Who organises, in the words of the client's own texts. */
export const DEFAULT_PRIVACY_CONTROLLER =
  "Hogeschool Utrecht organiseert deze sessies in het onderzoeksproject CoSIE, samen met Kennisplatform Utrecht Sociaal.";

/** Only what the site itself makes true: the admin is for organisers, and Teams shows the name you give. */
export const DEFAULT_PRIVACY_AUDIENCE =
  "De organisatoren van deze sessies, in het beheer van deze website. De naam die je in Teams opgeeft, is tijdens de sessie zichtbaar voor de andere deelnemers.";

export type StoredSiteSettings = {
  contactEmail: string | null;
  privacyContact: string | null;
  privacyController: string | null;
  privacyAudience: string | null;
};

export type SiteDetails = { contactEmail: string; privacyContact: string; privacyController: string; privacyAudience: string };

export const NO_SITE_SETTINGS: StoredSiteSettings = { contactEmail: null, privacyContact: null, privacyController: null, privacyAudience: null };

/** The details in force: each one set by an organiser, or its default (CONTACT_EMAIL for the address). */
export function siteDetails(stored: StoredSiteSettings | null, defaultContact: string): SiteDetails {
  const set = stored ?? NO_SITE_SETTINGS;
  const contactEmail = set.contactEmail ?? defaultContact;
  return {
    contactEmail,
    privacyContact: set.privacyContact ?? contactEmail,
    privacyController: set.privacyController ?? DEFAULT_PRIVACY_CONTROLLER,
    privacyAudience: set.privacyAudience ?? DEFAULT_PRIVACY_AUDIENCE,
  };
}
