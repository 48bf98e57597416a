import "server-only";
import { z } from "zod";
import type { Db } from "../db";
import { signUpStatus } from "../statuses";
import type { Tx } from "../transaction";

/**
 * What the audit log records, with the non-personal details each action keeps. People and
 * sessions are stored by id only; lib/data/admin-logs.ts looks their names up when the log is
 * shown, so a registrant who has been deleted is no longer named anywhere.
 */
export const AUDIT_DETAILS = {
  "signed-in": z.object({}),
  "sign-in-failed": z.object({}),
  "signed-out": z.object({}),
  "password-changed": z.object({}),
  "organiser-removed": z.object({}),
  /** By the inviting organiser, about the colleague (subjectOrganiserId). */
  "invitation-sent": z.object({ resent: z.boolean() }),
  /** "Wachtwoord vergeten?": by the organiser whose address it was, or by nobody for an unknown one. */
  "reset-requested": z.object({}),
  "password-set-by-link": z.object({ purpose: z.enum(["invite", "reset"]) }),
  "session-edited": z.object({ changes: z.array(z.string()), promoted: z.number().int() }),
  "session-cancelled": z.object({ confirmed: z.number().int(), waitlisted: z.number().int() }),
  "sign-up-cancelled": z.object({ was: signUpStatus }),
  "confirmation-resent": z.object({}),
  exported: z.object({ people: z.number().int() }),
  "registrant-erased": z.object({ signUps: z.number().int() }),
  "follow-up-edited": z.object({ enabled: z.boolean(), changes: z.array(z.string()) }),
  "message-sent": z.object({ audience: z.enum(["confirmed", "waitlisted", "both"]), people: z.number().int(), subject: z.string() }),
  "evaluation-exported": z.object({ responses: z.number().int() }),
  "texts-edited": z.object({ changes: z.array(z.string()) }),
  /** The project page: each change with its whole old and new text, a removed part with all of its own. */
  "project-edited": z.object({ changes: z.array(z.string()) }),
  /** Sessions may be removed: their number and title stay here. */
  "session-added": z.object({ number: z.number().int(), title: z.string() }),
  "session-removed": z.object({ number: z.number().int(), title: z.string() }),
  "sessions-reordered": z.object({ titles: z.array(z.string()) }),
  "series-copied": z.object({ from: z.string(), weeks: z.number().int() }),
  "series-published": z.object({ title: z.string() }),
  /** The organiser switched their own daily summary on or off (lib/alerts/daily-summary-setting.ts). */
  "daily-summary-set": z.object({ on: z.boolean() }),
  /** Entries from before ids: their own words, kept as they were. */
  legacy: z.object({ action: z.string(), text: z.string() }),
} as const;

export type AuditAction = keyof typeof AUDIT_DETAILS;

type AuditRecord<A extends AuditAction = AuditAction> = {
  action: A;
  /** Who acted: null for a failed sign-in on an address that is no organiser's. */
  organiserId: string | null;
  registrantId?: string;
  sessionId?: string;
  subjectOrganiserId?: string;
  detail: z.input<(typeof AUDIT_DETAILS)[A]>;
};

/** Records an organiser's change or sign-in. Call it in the change's own transaction where there is one. */
export async function audit<A extends AuditAction>(db: Db | Tx, record: AuditRecord<A>): Promise<void> {
  const detail = AUDIT_DETAILS[record.action].parse(record.detail);
  await db.auditEntry.create({ data: { ...record, detail: JSON.stringify(detail) } });
}
