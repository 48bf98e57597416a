import "server-only";
import type { Db } from "../db";
import type { RegistrationWindow } from "../registration/open";
import { ACTIVE_STATUSES } from "../statuses";
import { CURRENT_SERIES } from "../series/state";
import { tipsOf } from "../text/tips";

export type Speaker = { name: string; role: string | null; organisation: string | null };

export type SessionSummary = {
  id: string;
  /** The session's address, /sessies/<number>: it never changes. */
  number: number;
  /** Its place in the programme, and its label: "Sessie 2". */
  position: number;
  phase: string;
  title: string;
  summary: string | null;
  speaker: Speaker;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  hasTeamsLink: boolean;
  /** Every place is taken: a new sign-up joins the waiting list. */
  full: boolean;
};

/** What a series says of every session in it: its registration window, and whether it is free. */
export type SeriesTerms = { window: RegistrationWindow; free: boolean };

export type SessionDetail = SessionSummary & {
  description: string;
  seriesTitle: string;
  /** Grows with every new time. */
  timeVersion: number;
  terms: SeriesTerms;
};

export type Programme = {
  terms: SeriesTerms;
  title: string;
  intro: string;
  expectations: string;
  howItWorks: string;
  joinTips: string[];
  partnership: string;
  sessions: SessionSummary[];
};

const sessionSelect = {
  id: true,
  number: true,
  position: true,
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
  teamsUrl: true,
  _count: { select: { signUps: { where: { status: { in: ACTIVE_STATUSES } } } } },
} as const;

type SessionRow = {
  id: string;
  number: number;
  position: number;
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
  teamsUrl: string | null;
  _count: { signUps: number };
};

// The cache stores JSON, so instants come back as strings; this restores them.
function toSummary(row: SessionRow): SessionSummary {
  return {
    id: row.id,
    number: row.number,
    position: row.position,
    phase: row.phase,
    title: row.title,
    summary: row.summary,
    speaker: { name: row.speakerName, role: row.speakerRole, organisation: row.speakerOrganisation },
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    cancelled: row.cancelledAt !== null,
    hasTeamsLink: row.teamsUrl !== null,
    full: row.capacity !== null && row._count.signUps >= row.capacity,
  };
}

const termsSelect = { free: true, registrationOpensAt: true, registrationClosesAt: true } as const;

type TermsRow = { free: boolean; registrationOpensAt: Date | string | null; registrationClosesAt: Date | string | null };

function toTerms(row: TermsRow): SeriesTerms {
  const instant = (value: Date | string | null) => (value === null ? null : new Date(value));
  return { free: row.free, window: { opensAt: instant(row.registrationOpensAt), closesAt: instant(row.registrationClosesAt) } };
}


/** The programme as stored; JSON-safe for the cache (lib/server/public-site.ts), read back with toProgramme. */
export function queryProgramme(db: Db) {
  return db.series.findFirst({
    ...CURRENT_SERIES,
    select: {
      title: true,
      intro: true,
      expectations: true,
      howItWorks: true,
      joinTips: true,
      partnership: true,
      ...termsSelect,
      sessions: { select: sessionSelect, orderBy: [{ position: "asc" }, { number: "asc" }] },
    },
  });
}

export function toProgramme(series: NonNullable<Awaited<ReturnType<typeof queryProgramme>>>): Programme {
  const { free, registrationOpensAt, registrationClosesAt, ...texts } = series;
  return {
    ...texts,
    terms: toTerms({ free, registrationOpensAt, registrationClosesAt }),
    joinTips: tipsOf(series.joinTips),
    sessions: series.sessions.map(toSummary),
  };
}

/** One session of the current series by its number, as stored; read back with toSessionDetail. */
export async function querySession(db: Db, number: number) {
  const series = await db.series.findFirst({
    ...CURRENT_SERIES,
    select: {
      title: true,
      ...termsSelect,
      sessions: { where: { number }, select: { ...sessionSelect, description: true, timeVersion: true } },
    },
  });
  const session = series?.sessions[0];
  if (!session) return null;
  const { free, registrationOpensAt, registrationClosesAt } = series;
  return { ...session, seriesTitle: series.title, seriesTerms: { free, registrationOpensAt, registrationClosesAt } };
}

export function toSessionDetail(row: NonNullable<Awaited<ReturnType<typeof querySession>>>): SessionDetail {
  return { ...toSummary(row), description: row.description, seriesTitle: row.seriesTitle, timeVersion: row.timeVersion, terms: toTerms(row.seriesTerms) };
}

/** What a robot that filled in the honeypot is shown: the chosen sessions, as a person would see them. */
export async function listSessionsById(db: Db, ids: string[]) {
  return db.session.findMany({
    where: { id: { in: ids } },
    orderBy: { startsAt: "asc" },
    select: { id: true, number: true, title: true, startsAt: true, endsAt: true, teamsUrl: true, cancelledAt: true },
  });
}
