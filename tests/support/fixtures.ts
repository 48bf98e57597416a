import type { Db } from "@/lib/db";
import { seedContent } from "@/prisma/seed/index";

export const YEAR = 2027;
/** The link rule and the timeline around a session, at their defaults. */
export const RULES = { leadHours: 48, joinOpensMinutes: 30, startingSoonMinutes: 60, followUpHours: 2 };

/** A fixed clock: well before the June sessions. */
export const BEFORE = new Date("2027-05-01T10:00:00Z");

/** The seeded sessions by number, with what the tests need. */
export async function seededSessions(db: Db) {
  await seedContent(db, YEAR);
  const sessions = await db.session.findMany({ orderBy: { number: "asc" } });
  return Object.fromEntries(sessions.map((session) => [session.number, session]));
}

export const person = (email: string, sessions: string[], name = "Anne de Vries") => ({
  name,
  email,
  organisation: "Gemeente Utrecht",
  role: undefined,
  sessions,
});
