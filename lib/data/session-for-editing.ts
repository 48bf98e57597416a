import "server-only";
import type { Db } from "../db";
import { removable, sessionSeriesState } from "../series/state";
import { ACTIVE_STATUSES } from "../statuses";

export type SessionForEditing = {
  id: string;
  number: number;
  position: number;
  /** Its series is past: nothing about it changes any more. */
  readOnly: boolean;
  /** Nobody ever signed up: it can be removed rather than cancelled. */
  removable: boolean;
  phase: string;
  title: string;
  summary: string | null;
  description: string;
  speakerName: string;
  speakerRole: string | null;
  speakerOrganisation: string | null;
  startsAt: Date;
  endsAt: Date;
  teamsUrl: string | null;
  capacity: number | null;
  cancelledAt: Date | null;
  /** The people a cancellation of the whole session would mail. */
  confirmed: number;
  waitlisted: number;
};

/** One session as the organisers' editor shows it, or null. Never cached. */
export async function getSessionForEditing(db: Db, id: string): Promise<SessionForEditing | null> {
  const session = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      position: true,
      phase: true,
      title: true,
      summary: true,
      description: true,
      speakerName: true,
      speakerRole: true,
      speakerOrganisation: true,
      startsAt: true,
      endsAt: true,
      teamsUrl: true,
      capacity: true,
      cancelledAt: true,
    },
  });
  if (!session) return null;
  const counts = await db.signUp.groupBy({
    by: ["status"],
    where: { sessionId: id, status: { in: ACTIVE_STATUSES } },
    _count: { _all: true },
  });
  const count = (status: (typeof ACTIVE_STATUSES)[number]) => counts.find((row) => row.status === status)?._count._all ?? 0;
  const [state, canRemove] = await Promise.all([sessionSeriesState(db, id), removable(db, id)]);
  return { ...session, readOnly: state === "past", removable: canRemove, confirmed: count("confirmed"), waitlisted: count("waitlisted") };
}
