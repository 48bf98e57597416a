import "server-only";
import type { Db } from "../db";
import { ACTIVE_STATUSES, signUpStatus, type ActiveStatus, type SignUpStatus } from "../statuses";

export type OwnSignUp = {
  id: string;
  number: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: ActiveStatus;
  /** A session that has started can no longer be cancelled. */
  cancellable: boolean;
};

const details = { name: true, email: true, organisation: true, role: true } as const;

/** What a person sees behind their manage link. Personal: never cached. */
export async function getOwnSignUps(db: Db, registrantId: string, now: Date) {
  const registrant = await db.registrant.findUnique({
    where: { id: registrantId },
    select: {
      ...details,
      signUps: {
        where: { status: { in: ACTIVE_STATUSES }, session: { endsAt: { gt: now } } },
        select: { id: true, status: true, session: { select: { number: true, title: true, startsAt: true, endsAt: true } } },
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
  return { ...registrant, signUps };
}

/** The titles of those of these sign-ups that are the person's own and cancelled. */
export async function listOwnCancelled(db: Db, registrantId: string, signUpIds: string[]): Promise<string[]> {
  const rows = await db.signUp.findMany({
    where: { registrantId, id: { in: signUpIds }, status: "cancelled" },
    select: { session: { select: { title: true } } },
    orderBy: { session: { startsAt: "asc" } },
  });
  return rows.map((row) => row.session.title);
}

export type ErasePreview = {
  name: string;
  email: string;
  organisation: string;
  role: string | null;
  signUps: { title: string; startsAt: Date; endsAt: Date; status: SignUpStatus }[];
};

/** Everything erasing this person removes, to show before it is done; null for no such person. */
export async function getErasePreview(db: Db, registrantId: string): Promise<ErasePreview | null> {
  const registrant = await db.registrant.findUnique({
    where: { id: registrantId },
    select: {
      ...details,
      signUps: { select: { status: true, session: { select: { title: true, startsAt: true, endsAt: true } } }, orderBy: { session: { startsAt: "asc" } } },
    },
  });
  if (!registrant) return null;
  const signUps = registrant.signUps.map(({ status, session }) => ({ ...session, status: signUpStatus.parse(status) }));
  return { ...registrant, signUps };
}
