import "server-only";
import type { Db } from "../db";
import { audit } from "../admin/audit";
import type { MailCopies } from "../mail/transport";
import { signUpStatus } from "../statuses";
import type { LinkRule } from "../teams-link-rule";
import { inTransaction, lockSessions } from "../transaction";
import { promoteWaitlist } from "./capacity";

export type Erased = { signUps: number };

/**
 * Deletes everything about one person at their own or an organiser's request (AVG): their
 * registrant row, sign-ups and every mail of theirs in the outbox, in one transaction; then the
 * copies of their mails the transport keeps. What stays is an anonymous count per session, by the
 * status each sign-up had. A place they held goes to the waiting list, who get the usual mail.
 * An organiser's erasure is audited without naming the person. Null when there is no such person.
 */
export async function eraseRegistrant(
  db: Db,
  mailCopies: MailCopies,
  registrantId: string,
  now: Date,
  rule: LinkRule,
  by: { organiserId: string } | "self",
): Promise<Erased | null> {
  const erased = await inTransaction(db, async (tx) => {
    // A person has at most one sign-up per session: this stays as small as the programme.
    const sessions = await tx.signUp.findMany({ where: { registrantId }, select: { sessionId: true } });
    await lockSessions(tx, sessions.map((signUp) => signUp.sessionId));
    const person = await tx.registrant.findUnique({
      where: { id: registrantId },
      select: { signUps: { select: { id: true, status: true, sessionId: true } } },
    });
    if (!person) return null;

    for (const { sessionId, status } of person.signUps) {
      const counted = signUpStatus.parse(status);
      await tx.erasedCount.upsert({
        where: { sessionId },
        create: { sessionId, [counted]: 1 },
        update: { [counted]: { increment: 1 } },
      });
    }
    const ids = person.signUps.map((signUp) => signUp.id);
    await tx.outboxMail.deleteMany({ where: { OR: [{ registrantId }, { signUpId: { in: ids } }] } });
    await tx.signUp.deleteMany({ where: { registrantId } });
    await tx.registrant.delete({ where: { id: registrantId } });

    const freed = person.signUps.filter((signUp) => signUp.status === "confirmed").map((signUp) => signUp.sessionId);
    for (const sessionId of freed) await promoteWaitlist(tx, sessionId, now, rule);
    if (by !== "self") {
      // By id only, and not the person's: the log must not keep who was erased.
      await audit(tx, { action: "registrant-erased", organiserId: by.organiserId, detail: { signUps: ids.length } });
    }
    return { signUps: ids.length };
  });
  if (erased) await mailCopies.forget([registrantId]);
  return erased;
}
