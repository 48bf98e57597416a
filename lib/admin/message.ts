import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { recordMassMailing } from "../mail/mass-mailing";
import { AUDIENCE_STATUSES, type Audience } from "../statuses";
import { inTransaction, type Tx } from "../transaction";
import { audit } from "./audit";
import type { MessageInput } from "./message-form";

/** How many people a message to this audience of the session reaches now. */
export function countAudience(db: Db | Tx, sessionId: string, audience: Audience): Promise<number> {
  return db.signUp.count({ where: { sessionId, status: { in: AUDIENCE_STATUSES[audience] } } });
}

/**
 * Sends an organiser's message to a session's registrants: one mass mailing, queued a batch at a
 * time by the scheduler (lib/mail/mass-mailing.ts), and one audit entry. `token` was made with the
 * preview: the same confirmation posted twice (a double click, the browser's history) sends one
 * message. Null for no such session.
 */
export async function sendMessage(
  db: Db,
  organiser: { id: string },
  sessionId: string,
  input: MessageInput,
  now: Date,
  token: string = randomUUID(),
): Promise<number | null> {
  return inTransaction(db, async (tx) => {
    if (!(await tx.session.findUnique({ where: { id: sessionId }, select: { id: true } }))) return null;
    const people = await countAudience(tx, sessionId, input.audience);
    const occasion = `message:${token}`;
    if (await tx.massMailing.findUnique({ where: { occasion }, select: { id: true } })) return people;
    await recordMassMailing(
      tx,
      { kind: "message", occasion, sessionId, audience: input.audience, subject: input.subject, body: input.body, organiserId: organiser.id },
      now,
    );
    await audit(tx, { action: "message-sent", organiserId: organiser.id, sessionId, detail: { audience: input.audience, people, subject: input.subject } });
    return people;
  });
}
