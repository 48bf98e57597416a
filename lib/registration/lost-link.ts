import "server-only";
import type { Db } from "../db";
import { queueManageLink } from "../mail/queue";
import { inTransaction } from "../transaction";
import { emailKey } from "./email-key";

/** Queues the manage link again for a known address; an unknown one gets nothing, silently. */
export async function requestManageLink(db: Db, email: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const registrant = await tx.registrant.findUnique({ where: { emailKey: emailKey(email) }, select: { id: true, email: true } });
    if (!registrant) return false;
    await queueManageLink(tx, registrant, now);
    return true;
  });
}
