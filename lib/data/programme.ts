import "server-only";
import { db } from "../db";
import { cachedQuery } from "./cache";

export type Speaker = { name: string; role: string | null; organisation: string | null };

export type SessionSummary = {
  id: string;
  number: number;
  phase: string;
  title: string;
  summary: string | null;
  speaker: Speaker;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** Every place is taken: a new sign-up joins the waiting list. */
  full: boolean;
};

export type SessionDetail = SessionSummary & { description: string; seriesTitle: string };

export type Programme = {
  title: string;
  intro: string;
  expectations: string;
  howItWorks: string;
  joinTips: string[];
  partnership: string;
  sessions: SessionSummary[];
};

const activeStatuses: string[] = ["confirmed", "waitlisted"];

const sessionSelect = {
  id: true,
  number: true,
  phase: true,
  title: true,
  summary: true,
  speakerName: true,
  speakerRole: true,
  speakerOrganisation: true,
  startsAt: true,
  endsAt: true,
  cancelledAt: true,
  capacity: true,
  _count: { select: { signUps: { where: { status: { in: activeStatuses } } } } },
} as const;

type SessionRow = {
  id: string;
  number: number;
  phase: string;
  title: string;
  summary: string | null;
  speakerName: string;
  speakerRole: string | null;
  speakerOrganisation: string | null;
  startsAt: Date | string;
  endsAt: Date | string;
  cancelledAt: Date | string | null;
  capacity: number | null;
  _count: { signUps: number };
};

// The cache stores JSON, so instants come back as strings; this restores them.
function toSummary(row: SessionRow): SessionSummary {
  return {
    id: row.id,
    number: row.number,
    phase: row.phase,
    title: row.title,
    summary: row.summary,
    speaker: { name: row.speakerName, role: row.speakerRole, organisation: row.speakerOrganisation },
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    cancelled: row.cancelledAt !== null,
    full: row.capacity !== null && row._count.signUps >= row.capacity,
  };
}

// The newest series is the one the site presents.
const currentSeries = { orderBy: { createdAt: "desc" } } as const;

const queryProgramme = cachedQuery("programme", () =>
  db().series.findFirst({
    ...currentSeries,
    select: {
      title: true,
      intro: true,
      expectations: true,
      howItWorks: true,
      joinTips: true,
      partnership: true,
      sessions: { select: sessionSelect, orderBy: { number: "asc" } },
    },
  }),
);

export async function getProgramme(): Promise<Programme | null> {
  const series = await queryProgramme();
  if (!series) return null;
  return {
    ...series,
    joinTips: series.joinTips.split("\n").filter(Boolean),
    sessions: series.sessions.map(toSummary),
  };
}

const querySession = cachedQuery("session", async (number: number) => {
  const series = await db().series.findFirst({
    ...currentSeries,
    select: {
      title: true,
      sessions: { where: { number }, select: { ...sessionSelect, description: true } },
    },
  });
  const session = series?.sessions[0];
  return session ? { ...session, seriesTitle: series.title } : null;
});

export async function getSession(number: number): Promise<SessionDetail | null> {
  const row = await querySession(number);
  return row && { ...toSummary(row), description: row.description, seriesTitle: row.seriesTitle };
}
