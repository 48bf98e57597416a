import LinkifyIt from "linkify-it";
import tlds from "tlds";

// What a visitor types ends up in a mail from the organisers' domain. A mail client turns a URL,
// "www.…", an e-mail address or a "word.tld" with a real top-level domain into a link, which
// would make the site a relay for phishing ("Bevestig via https://…"). linkify-it finds those as
// mail clients do; "B.V.", "Dr." and "'s-Hertogenbosch" are no links.
const linkify = new LinkifyIt().tlds(tlds, false);

// Any "scheme://", and the schemes that work without slashes: no name needs one either.
const SCHEME = /\b(?:[a-z][a-z0-9+.-]*:\/\/|(?:mailto|tel|sms|callto|javascript|vbscript|data|file|ms-teams|msteams):)/i;

/** Whether a mail client would show part of this text as a link, or it names a URL scheme. */
export function becomesLink(text: string): boolean {
  return SCHEME.test(text) || linkify.test(text);
}
