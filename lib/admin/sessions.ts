import "server-only";
import type { Db } from "../db";
import { recordMassMailing } from "../mail/mass-mailing";
import { promoteWaitlist } from "../registration/capacity";
import { cancelBatchOfCancelledSessions } from "../registration/cancel";
import type { LinkRule } from "../teams-link-rule";
import { PAST_SERIES, sessionSeriesState } from "../series/state";
import { formatDateTime } from "../time";
import { ACTIVE_STATUSES } from "../statuses";
import { inTransaction, lockSessions, type Tx } from "../transaction";
import { audit } from "./audit";
import { END_BEFORE_START, SESSION_FIELDS, type SessionField, type SessionInput } from "./session-form";

type Organiser = { id: string };

export type SessionErrors = Partial<Record<SessionField | "form", string>>;

export type UpdateResult =
  | { ok: true; changed: SessionField[]; linkChanged: boolean; promoted: number; /** People told of a new time. */ toldOfTime: number }
  | { ok: false; errors: SessionErrors };

export type CancelRefusal = "gone" | "cancelled" | "ended" | "changed";
export type CancelResult = { ok: true; cancelled: number } | { ok: false; reason: CancelRefusal; errors: SessionErrors };

const GONE = "Deze sessie bestaat niet (meer).";
export const ALREADY_CANCELLED = "Deze sessie was al vervallen. Er is niets gewijzigd.";
export const ENDED = "Deze sessie is al voorbij en kan niet meer vervallen. Er is niets gewijzigd.";
export const COUNTS_CHANGED = "Het aantal aanmeldingen is veranderd sinds je deze vraag kreeg. Er is nog niets gewijzigd.";

/** "1 persoon", "28 mensen": how the organisers' pages count people. */
export const people = (count: number) => (count === 1 ? "1 persoon" : `${count} mensen`);

/** The people a cancellation would mail, as the organiser was shown them before confirming. */
export type MailedCounts = { confirmed: number; waitlisted: number };

// Changing any of these gives the session a new link version: the planner then mails a
// correction to everyone who already had the link mail, and supersedes one still unsent.
const LINK_FIELDS: SessionField[] = ["teamsUrl", "startsAt", "endsAt"];
// Changing these also tells everyone registered, confirmed or waiting, of the new time.
const TIME_FIELDS: SessionField[] = ["startsAt", "endsAt"];

const LABELS: Record<SessionField, string> = {
  phase: "fase",
  title: "titel",
  summary: "samenvatting",
  description: "beschrijving",
  speakerName: "naam gastspreker",
  speakerRole: "functie gastspreker",
  speakerOrganisation: "organisatie gastspreker",
  capacity: "aantal plaatsen",
  startsAt: "begint op",
  endsAt: "eindigt op",
  teamsUrl: "Teams-link",
};

const EDITABLE = {
  phase: true,
  title: true,
  summary: true,
  description: true,
  speakerName: true,
  speakerRole: true,
  speakerOrganisation: true,
  capacity: true,
  startsAt: true,
  endsAt: true,
  teamsUrl: true,
} as const satisfies Record<SessionField, true>;

type Value = SessionInput[SessionField];

const same = (a: Value, b: Value) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

function shown(field: SessionField, value: Value): string {
  if (value === null) return field === "capacity" ? "onbeperkt" : "(leeg)";
  if (value instanceof Date) return formatDateTime(value);
  // Whole texts: the log is where an organiser finds what a text said before.
  return field === "capacity" ? String(value) : `‘${String(value)}’`;
}

/**
 * Saves an organiser's edit of a session in one transaction. Refuses a capacity below the
 * current number of confirmed sign-ups; moves the waiting list up when places were added.
 */
export async function updateSession(
  db: Db,
  organiser: Organiser,
  sessionId: string,
  input: SessionInput,
  now: Date,
  rule: LinkRule,
): Promise<UpdateResult> {
  if (input.endsAt <= input.startsAt) return { ok: false, errors: { endsAt: END_BEFORE_START } };
  return inTransaction(db, async (tx): Promise<UpdateResult> => {
    await lockSessions(tx, [sessionId]);
    const old = await tx.session.findUnique({
      where: { id: sessionId },
      select: { number: true, cancelledAt: true, ...EDITABLE },
    });
    if (!old) return { ok: false, errors: { form: GONE } };
    if ((await sessionSeriesState(tx, sessionId)) === "past") return { ok: false, errors: { form: PAST_SERIES } };

    const capacity = input.capacity;
    const confirmed =
      capacity !== null && capacity !== old.capacity ? await tx.signUp.count({ where: { sessionId, status: "confirmed" } }) : 0;
    if (capacity !== null && capacity < confirmed) {
      const message = `Er zijn al ${confirmed} mensen aangemeld. Kies minstens ${confirmed} plaatsen, of laat het veld leeg voor onbeperkt.`;
      return { ok: false, errors: { capacity: message } };
    }

    const changed = SESSION_FIELDS.filter((field) => !same(old[field], input[field]));
    if (changed.length === 0) return { ok: true, changed, linkChanged: false, promoted: 0, toldOfTime: 0 };
    const linkChanged = changed.some((field) => LINK_FIELDS.includes(field));
    const timeChanged = changed.some((field) => TIME_FIELDS.includes(field));
    const { timeVersion } = await tx.session.update({
      where: { id: sessionId },
      data: {
        ...input,
        ...(linkChanged ? { linkVersion: { increment: 1 } } : {}),
        ...(timeChanged ? { timeVersion: { increment: 1 }, timeChangedAt: now } : {}),
      },
      select: { timeVersion: true },
    });
    const toldOfTime = timeChanged && !old.cancelledAt && input.endsAt > now ? await announceNewTime(tx, sessionId, timeVersion, now) : 0;

    const placesAdded = old.capacity !== null && (input.capacity === null || input.capacity > old.capacity);
    const promoted = placesAdded ? (await promoteWaitlist(tx, sessionId, now, rule)).length : 0;

    const changes = changed.map((field) => `${LABELS[field]}: ${shown(field, old[field])} → ${shown(field, input[field])}`);
    await audit(tx, { action: "session-edited", organiserId: organiser.id, sessionId, detail: { changes, promoted } });
    return { ok: true, changed, linkChanged, promoted, toldOfTime };
  });
}

/**
 * Tells everyone registered for the session, confirmed or waiting, of its new time: one mass
 * mailing (lib/mail/mass-mailing.ts), which ends any earlier one still under way. Returns how
 * many people it will reach.
 */
async function announceNewTime(tx: Tx, sessionId: string, timeVersion: number, now: Date): Promise<number> {
  await tx.massMailing.updateMany({ where: { sessionId, kind: "time-change", doneAt: null }, data: { doneAt: now } });
  await recordMassMailing(tx, { kind: "time-change", occasion: `time-change:${sessionId}:${timeVersion}`, sessionId, audience: "both", timeVersion }, now);
  return tx.signUp.count({ where: { sessionId, status: { in: ACTIVE_STATUSES } } });
}

/**
 * Calls a whole session off: every confirmed and waitlisted person is cancelled and mailed a
 * cancellation with the calendar cancel. The first batch is cancelled at once; a large session's
 * rest follows in the scheduler's next pass (lib/registration/cancel.ts). A session that has
 * already ended is left alone. The organiser confirmed how many people would be mailed (`expected`);
 * when that number changed in the meantime nothing happens, so they can look again.
 */
export async function cancelSession(
  db: Db,
  organiser: Organiser,
  sessionId: string,
  expected: MailedCounts,
  now: Date,
  rule: LinkRule,
): Promise<CancelResult> {
  return inTransaction(db, async (tx): Promise<CancelResult> => {
    await lockSessions(tx, [sessionId]);
    const session = await tx.session.findUnique({
      where: { id: sessionId },
      select: { number: true, title: true, endsAt: true, cancelledAt: true },
    });
    if (!session) return { ok: false, reason: "gone", errors: { form: GONE } };
    if (session.cancelledAt) return { ok: false, reason: "cancelled", errors: { form: ALREADY_CANCELLED } };
    if (session.endsAt <= now) return { ok: false, reason: "ended", errors: { form: ENDED } };

    const count = (status: "confirmed" | "waitlisted") => tx.signUp.count({ where: { sessionId, status } });
    const [confirmed, waitlisted] = [await count("confirmed"), await count("waitlisted")];
    if (confirmed !== expected.confirmed || waitlisted !== expected.waitlisted) {
      return { ok: false, reason: "changed", errors: { form: COUNTS_CHANGED } };
    }
    // Cancelled first, so freeing the places below moves nobody up from the waiting list.
    await tx.session.update({ where: { id: sessionId }, data: { cancelledAt: now } });
    await cancelBatchOfCancelledSessions(tx, now, rule, { sessionId });
    await audit(tx, { action: "session-cancelled", organiserId: organiser.id, sessionId, detail: { confirmed, waitlisted } });
    return { ok: true, cancelled: confirmed + waitlisted };
  });
}
