import "server-only";
import { audit } from "../admin/audit";
import type { Db } from "../db";
import { inTransaction } from "../transaction";

/** Whether this organiser gets the daily summary. */
export async function getDailySummarySetting(db: Db, organiserId: string): Promise<boolean> {
  return (await db.organiser.findUnique({ where: { id: organiserId }, select: { dailySummary: true } }))?.dailySummary ?? false;
}

/** An organiser switches their own daily summary on or off; a real change goes into the audit log with it. */
export async function setDailySummarySetting(db: Db, organiserId: string, on: boolean): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { count } = await tx.organiser.updateMany({ where: { id: organiserId, dailySummary: !on }, data: { dailySummary: on } });
    if (count > 0) await audit(tx, { action: "daily-summary-set", organiserId, subjectOrganiserId: organiserId, detail: { on } });
  });
}
