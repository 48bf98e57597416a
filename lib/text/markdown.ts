import MarkdownIt from "markdown-it";
import { convert } from "html-to-text";
import sanitizeHtml from "sanitize-html";

// The organisers' texts: a small markdown subset (paragraphs, bold, lists, and links to https: and
// mailto:), rendered by markdown-it and then sanitised. Raw HTML is never parsed as HTML: it shows
// as the characters typed. Sanitising after rendering is the second wall, should a rule slip.

const SAFE_LINK = /^(https:\/\/|mailto:)/i;

function parser() {
  // "zero" turns every rule off; only the subset below is turned back on.
  const md = new MarkdownIt("zero", { html: false, linkify: false, breaks: false });
  md.enable(["paragraph", "list", "emphasis", "link", "autolink", "escape", "newline"]);
  // markdown-it decodes entities and percent-escapes before it asks, so "&#106;avascript:" is caught.
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  return md;
}

const md = parser();

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "strong", "em", "ul", "ol", "li", "a", "br"],
  allowedAttributes: { a: ["href"], ol: ["start"] },
  allowedSchemes: ["https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
};

/** A stored text as safe HTML, for a page or the HTML part of a mail. */
export function markdownToHtml(text: string): string {
  return sanitizeHtml(md.render(text), SANITISE).trim();
}

/** One line (a joining tip, a title) as safe inline HTML: bold and links, no paragraphs. */
export function markdownLineToHtml(text: string): string {
  return sanitizeHtml(md.renderInline(text), SANITISE).trim();
}

/** A stored text without markup, for plain-text places (calendar files): links keep their address. */
export function markdownToText(text: string): string {
  return convert(markdownToHtml(text), { wordwrap: false, selectors: [{ selector: "a", options: { hideLinkHrefIfSameAsText: true } }] });
}
