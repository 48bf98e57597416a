import "server-only";
import type { Db } from "../db";
import { ACTIVE_STATUSES, signUpStatus, type ActiveStatus } from "../statuses";

export type OwnSignUp = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: ActiveStatus;
  /** A session that has started can no longer be cancelled. */
  cancellable: boolean;
};

/** What a person sees behind their manage link. Personal: never cached. */
export async function getOwnSignUps(db: Db, registrantId: string, now: Date) {
  const registrant = await db.registrant.findUnique({
    where: { id: registrantId },
    select: {
      name: true,
      signUps: {
        where: { status: { in: ACTIVE_STATUSES }, session: { endsAt: { gt: now } } },
        select: { id: true, status: true, session: { select: { title: true, startsAt: true, endsAt: true } } },
        orderBy: { session: { startsAt: "asc" } },
      },
    },
  });
  if (!registrant) return null;
  const signUps: OwnSignUp[] = registrant.signUps.map(({ id, status, session }) => ({
    id,
    ...session,
    status: signUpStatus.exclude(["cancelled"]).parse(status),
    cancellable: session.startsAt > now,
  }));
  return { name: registrant.name, signUps };
}
