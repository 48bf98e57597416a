import "server-only";
import { randomUUID } from "node:crypto";
import { ACTIVE_STATUSES } from "../statuses";
import type { Tx } from "../transaction";
import { enqueueMails, raiseCalendarSequences } from "./outbox";
import type { CancellationReason } from "./payloads";

// The mails a change in registrations queues, each inside the change's own transaction.

type Person = { id: string; email: string; manageLinkVersion: number };

/**
 * The overview of everything the person holds for sessions to come, with a calendar file per
 * confirmed session; `resend` when an organiser sends it again. A place whose Teams-link mail is
 * already queued gets no file here: its calendar entry came with that mail, link and all, and a
 * newer file from this mail, which never carries the link, would replace it.
 */
export async function queueConfirmation(tx: Tx, person: Person, now: Date, { resend = false } = {}): Promise<void> {
  const signUps = await tx.signUp.findMany({
    where: { registrantId: person.id, status: { in: ACTIVE_STATUSES }, session: { endsAt: { gt: now } } },
    select: { id: true, status: true, linkMailVersion: true },
  });
  const calendared = signUps.filter((s) => s.status === "confirmed" && s.linkMailVersion === null);
  const sequences = await raiseCalendarSequences(tx, calendared.map((s) => s.id));
  await enqueueMails(
    tx,
    [{
      kind: "confirmation",
      recipient: person.email,
      dedupeKey: `confirmation:${person.id}:${resend ? "resend:" : ""}${randomUUID()}`,
      registrantId: person.id,
      payload: { manageLink: person.manageLinkVersion, signUps: signUps.map((s) => ({ signUpId: s.id, sequence: sequences.get(s.id) ?? null })) },
    }],
    now,
  );
}

/** One mail for the sign-ups of one person that were just cancelled, removing their calendar entries. */
export async function queueCancellation(tx: Tx, person: Person, signUpIds: string[], reason: CancellationReason, now: Date): Promise<void> {
  const sequences = await raiseCalendarSequences(tx, signUpIds);
  await enqueueMails(
    tx,
    [{
      kind: "cancellation",
      recipient: person.email,
      dedupeKey: `cancellation:${person.id}:${randomUUID()}`,
      registrantId: person.id,
      payload: {
        manageLink: person.manageLinkVersion,
        signUps: signUpIds.map((signUpId) => ({ signUpId, sequence: sequences.get(signUpId)! })),
        reason,
      },
    }],
    now,
  );
}

/** "Er is een plek vrij" for a sign-up that just moved up from the waiting list. */
export async function queueMovedUp(tx: Tx, person: Person, signUp: { id: string; sessionId: string }, now: Date): Promise<void> {
  const sequences = await raiseCalendarSequences(tx, [signUp.id]);
  await enqueueMails(
    tx,
    [{
      kind: "moved-up",
      recipient: person.email,
      dedupeKey: `moved-up:${signUp.id}:${now.getTime()}`,
      registrantId: person.id,
      signUpId: signUp.id,
      sessionId: signUp.sessionId,
      payload: { manageLink: person.manageLinkVersion, sequence: sequences.get(signUp.id)! },
    }],
    now,
  );
}

/** A fresh manage link, for "Link kwijt?": a new version, fixed in the mail so a retry sends the same one. */
export async function queueManageLink(tx: Tx, person: Omit<Person, "manageLinkVersion">, now: Date): Promise<void> {
  const { manageLinkVersion } = await tx.registrant.update({
    where: { id: person.id },
    data: { manageLinkVersion: { increment: 1 } },
    select: { manageLinkVersion: true },
  });
  await enqueueMails(
    tx,
    [{
      kind: "manage-link",
      recipient: person.email,
      dedupeKey: `manage-link:${person.id}:${randomUUID()}`,
      registrantId: person.id,
      payload: { manageLink: manageLinkVersion },
    }],
    now,
  );
}
