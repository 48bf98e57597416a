import "server-only";
import type { Db } from "../db";
import type { Tx } from "../transaction";

/** Records an organiser's change. Call it in the change's own transaction where there is one. */
export async function audit(db: Db | Tx, organiser: { email: string }, action: string, detail: string): Promise<void> {
  await db.auditEntry.create({ data: { organiserEmail: organiser.email, action, detail } });
}
