import "server-only";
import { loadTexts, previewTexts, saveTexts } from "../admin/texts";
import type { TextsInput } from "../admin/texts-form";
import { wiring } from "./wiring";

// The organisers' texts editor. Every caller has passed requireAdmin() first.

export function getTexts() {
  return loadTexts(wiring().db);
}

/** The address that applies while the organisers set none (CONTACT_EMAIL). */
export function defaultContactEmail(): string {
  return wiring().config.CONTACT_EMAIL;
}

export function saveSiteTexts(organiser: { id: string }, input: TextsInput) {
  return saveTexts(wiring().db, organiser, input);
}

export { previewTexts };
