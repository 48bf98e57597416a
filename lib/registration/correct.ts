import "server-only";
import type { Db } from "../db";
import type { DetailsInput } from "./form-schema";
import { searchKey } from "./search-key";

/**
 * A person corrects their own name, organisation and role. Not audited: it is their own data.
 * Mails are composed when they are sent, so every mail from now on uses the new name.
 * Returns false when the person no longer exists.
 */
export async function correctOwnDetails(db: Db, registrantId: string, details: DetailsInput): Promise<boolean> {
  const { email } = (await db.registrant.findUnique({ where: { id: registrantId }, select: { email: true } })) ?? {};
  if (email === undefined) return false;
  const { count } = await db.registrant.updateMany({
    where: { id: registrantId },
    data: {
      name: details.name,
      organisation: details.organisation,
      role: details.role ?? null,
      searchKey: searchKey(details.name, email, details.organisation),
    },
  });
  return count === 1;
}
