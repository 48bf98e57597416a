import "server-only";
import type { Db } from "../db";

export type Attendance = { registered: number; joined: number; notJoined: number };

/** Who of a session's confirmed registrants went to Teams through their join link, counted by the database. */
export async function getAttendance(db: Db, sessionIds: string[]): Promise<Map<string, Attendance>> {
  const [confirmed, joined] = await Promise.all([
    db.signUp.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, status: "confirmed" }, _count: { _all: true } }),
    db.signUp.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, status: "confirmed", joinedAt: { not: null } }, _count: { _all: true } }),
  ]);
  const count = (rows: { sessionId: string; _count: { _all: number } }[], id: string) => rows.find((row) => row.sessionId === id)?._count._all ?? 0;
  return new Map(
    sessionIds.map((id) => {
      const registered = count(confirmed, id);
      return [id, { registered, joined: count(joined, id), notJoined: registered - count(joined, id) }];
    }),
  );
}
