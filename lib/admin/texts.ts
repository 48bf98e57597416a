import "server-only";
import { CURRENT_SERIES } from "../series/state";
import { querySiteSettings, SITE_SETTINGS_ID } from "../data/site-settings";
import type { Db } from "../db";
import { DEFAULT_PRIVACY_AUDIENCE, DEFAULT_PRIVACY_CONTROLLER, siteDetails } from "../site-settings";
import { markdownLineToHtml, markdownToHtml } from "../text/markdown";
import { tipsOf } from "../text/tips";
import { formatDateTime } from "../time";
import { inTransaction, type Tx } from "../transaction";
import { audit } from "./audit";
import { MARKDOWN_FIELDS, TEXT_FIELDS, TEXT_LABELS, type MarkdownField, type TextsField } from "./texts-fields";
import type { TextsInput } from "./texts-form";

const SERIES_FIELDS = ["title", "intro", "expectations", "howItWorks", "joinTips", "partnership", "free", "registrationOpensAt", "registrationClosesAt"] as const;

const seriesSelect = Object.fromEntries(SERIES_FIELDS.map((field) => [field, true])) as Record<(typeof SERIES_FIELDS)[number], true>;

/** The public series' texts and the site's details, as the editor starts from; null without a series. */
export async function loadTexts(db: Db | Tx): Promise<TextsInput | null> {
  const [series, stored] = await Promise.all([db.series.findFirst({ ...CURRENT_SERIES, select: seriesSelect }), querySiteSettings(db)]);
  if (!series) return null;
  // Unset privacy texts show their defaults, to edit from; unset addresses stay empty (the default applies).
  const details = siteDetails(stored, "");
  return {
    ...series,
    contactEmail: stored?.contactEmail ?? null,
    privacyContact: stored?.privacyContact ?? null,
    privacyController: details.privacyController,
    privacyAudience: details.privacyAudience,
  };
}

type Value = TextsInput[TextsField];

const same = (a: Value, b: Value) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

function shown(value: Value): string {
  if (value === null) return "(leeg)";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (value instanceof Date) return formatDateTime(value);
  return `‘${value}’`;
}

/**
 * Saves the texts editor in one transaction, audited with each changed field's old and new value
 * in full. A privacy text equal to its default is stored as unset, so it follows later defaults.
 * Returns how many fields changed, or null when there is no series.
 */
export async function saveTexts(db: Db, organiser: { id: string }, input: TextsInput): Promise<number | null> {
  return inTransaction(db, async (tx) => {
    const old = await loadTexts(tx);
    const series = await tx.series.findFirst({ ...CURRENT_SERIES, select: { id: true } });
    if (!old || !series) return null;
    const changed = TEXT_FIELDS.filter((field) => !same(old[field], input[field]));
    if (changed.length === 0) return 0;
    await tx.series.update({ where: { id: series.id }, data: Object.fromEntries(SERIES_FIELDS.map((field) => [field, input[field]])) });
    const site = {
      contactEmail: input.contactEmail,
      privacyContact: input.privacyContact,
      privacyController: input.privacyController === DEFAULT_PRIVACY_CONTROLLER ? null : input.privacyController,
      privacyAudience: input.privacyAudience === DEFAULT_PRIVACY_AUDIENCE ? null : input.privacyAudience,
    };
    await tx.siteSettings.upsert({ where: { id: SITE_SETTINGS_ID }, create: { id: SITE_SETTINGS_ID, ...site }, update: site });
    const changes = changed.map((field) => `${TEXT_LABELS[field]}: ${shown(old[field])} → ${shown(input[field])}`);
    await audit(tx, { action: "texts-edited", organiserId: organiser.id, detail: { changes } });
    return changed.length;
  });
}

/** Each markdown text as the site will show it: the preview before saving. */
export function previewTexts(input: TextsInput): { field: MarkdownField; html: string }[] {
  return MARKDOWN_FIELDS.map((field) => ({
    field,
    html:
      field === "joinTips"
        ? `<ul>${tipsOf(input.joinTips).map((tip) => `<li>${markdownLineToHtml(tip)}</li>`).join("")}</ul>`
        : markdownToHtml(input[field]),
  }));
}
