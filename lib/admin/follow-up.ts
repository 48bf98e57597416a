import "server-only";
import type { Db } from "../db";
import { FOLLOW_UP_LINKS } from "../data/follow-up";
import { inTransaction } from "../transaction";
import { audit } from "./audit";
import type { FollowUpInput } from "./follow-up-form";

const shown = (value: string | null) => (value ? `‘${value.length > 80 ? `${value.slice(0, 80)}…` : value}’` : "(leeg)");

/**
 * Saves a session's follow-up: its thank-you text, its links, and whether it goes out at all. The
 * mails read it when they are sent, so a change reaches every follow-up mail not yet sent.
 * Audited with the old and the new values. False when there is no such session.
 */
export async function saveFollowUp(db: Db, organiser: { id: string }, sessionId: string, input: FollowUpInput): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const session = await tx.session.findUnique({ where: { id: sessionId }, select: { followUp: true } });
    if (!session) return false;
    const old = session.followUp ?? { enabled: true, text: "", slidesUrl: null, recordingUrl: null, readingUrl: null };
    const changes = [
      ...(old.text !== input.text ? [`tekst: ${shown(old.text)} → ${shown(input.text)}`] : []),
      ...FOLLOW_UP_LINKS.filter(({ field }) => old[field] !== input[field]).map(({ field, label }) => `${label}: ${shown(old[field])} → ${shown(input[field])}`),
    ];
    if (changes.length === 0 && old.enabled === input.enabled) return true;
    await tx.followUp.upsert({ where: { sessionId }, create: { sessionId, ...input }, update: input });
    await audit(tx, { action: "follow-up-edited", organiserId: organiser.id, sessionId, detail: { enabled: input.enabled, changes } });
    return true;
  });
}
