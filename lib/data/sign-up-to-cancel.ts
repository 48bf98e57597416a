import "server-only";
import type { Db } from "../db";
import { signUpStatus, type SignUpStatus } from "../statuses";

export type SignUpToCancel = {
  id: string;
  status: SignUpStatus;
  name: string;
  email: string;
  session: { number: number; title: string; startsAt: Date; endsAt: Date };
};

/** One sign-up as the organisers' confirmation step names it: whose, for which session. Never cached. */
export async function getSignUpToCancel(db: Db, id: string): Promise<SignUpToCancel | null> {
  const row = await db.signUp.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      registrant: { select: { name: true, email: true } },
      session: { select: { number: true, title: true, startsAt: true, endsAt: true } },
    },
  });
  return row && { id: row.id, status: signUpStatus.parse(row.status), ...row.registrant, session: row.session };
}
