// The public pages, all served from the cache segment: next.config.ts maps them there, and the
// custom server keeps their finished responses for a moment (lib/cli/served-pages.ts).

/** A session's public page: the one address a mail, a calendar or a third party keeps for it. */
export const sessionPageUrl = (appUrl: string, session: { number: number }) => `${appUrl}/sessies/${session.number}`;

/** As next.config.ts rewrites them, besides "/". */
export const PUBLIC_PAGE_SOURCES = ["/project", "/privacy", "/toegankelijkheid", "/link-kwijt", "/gegevens-verwijderd", "/sessies/:nummer(\\d{1,3})"];

/** The same paths as one pattern, "/" included. */
export const PUBLIC_PAGE = /^\/(?:project|privacy|toegankelijkheid|link-kwijt|gegevens-verwijderd|sessies\/\d{1,3})?$/;
