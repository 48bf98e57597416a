import "server-only";
import type { Db } from "../db";
import { ALL_CONTROL_CHARACTERS } from "../control-characters";
import { searchKey } from "../registration/search-key";
import { signUpStatus, type SignUpStatus } from "../statuses";

export type RegistrationSignUp = {
  id: string;
  status: SignUpStatus;
  sessionId: string;
  number: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** When the person first went to Teams through their join link. */
  joinedAt: Date | null;
};

export type RegistrationRow = {
  id: string;
  name: string;
  email: string;
  organisation: string;
  role: string | null;
  createdAt: Date;
  signUps: RegistrationSignUp[];
};

export type SessionOption = { id: string; number: number; title: string; startsAt: Date };

// A query is folded the way Registrant.searchKey was, so every word is a plain substring match.
// Prisma passes `contains` to LIKE unescaped, and LIKE's wildcards and escape character differ
// between SQLite and PostgreSQL: the database only narrows on the parts between them, and the
// exact match is checked here.
const MAX_WORDS = 10;
const LIKE_SPECIAL = /[%_\\]+/;

function searchWords(query: string | undefined): string[] {
  return searchKey(query ?? "")
    .replace(ALL_CONTROL_CHARACTERS, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

export type RegistrationFilter = { query?: string; sessionId?: string };

/** A page of the list: `take` people from `skip`, or after the person with id `after`. */
export type Page = { take?: number; skip?: number; after?: string };

/** The most people one query reads. */
export const PAGE_SIZE = 100;

function whereOf({ query, sessionId }: RegistrationFilter) {
  return {
    AND: searchWords(query)
      .flatMap((word) => word.split(LIKE_SPECIAL).filter(Boolean))
      .map((part) => ({ searchKey: { contains: part } })),
    ...(sessionId ? { signUps: { some: { sessionId } } } : {}),
  };
}

/** How many people the list holds; a query with %, _ or \ may count a few that the exact match then leaves out. */
export async function countRegistrations(db: Db, filter: RegistrationFilter = {}): Promise<number> {
  return db.registrant.count({ where: whereOf(filter) });
}

/**
 * People and their sign-ups in order of registration, a page at a time. With a session: only
 * people with a sign-up for it (in any status), that sign-up first. Never cached.
 */
export async function listRegistrations(
  db: Db,
  { query, sessionId }: RegistrationFilter = {},
  { take = PAGE_SIZE, skip = 0, after }: Page = {},
): Promise<RegistrationRow[]> {
  const words = searchWords(query);
  const registrants = await db.registrant.findMany({
    where: whereOf({ query, sessionId }),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Math.min(take, PAGE_SIZE),
    ...(after ? { cursor: { id: after }, skip: 1 } : { skip }),
    select: {
      id: true,
      name: true,
      email: true,
      organisation: true,
      role: true,
      createdAt: true,
      searchKey: true,
      signUps: {
        orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          joinedAt: true,
          session: { select: { id: true, number: true, title: true, startsAt: true, endsAt: true } },
        },
      },
    },
  });
  return registrants
    .filter((registrant) => words.every((word) => registrant.searchKey.includes(word)))
    .map(({ signUps, id, name, email, organisation, role, createdAt }) => {
      const flat = signUps.map(({ id, status, joinedAt, session }) => ({
        id,
        status: signUpStatus.parse(status),
        joinedAt,
        sessionId: session.id,
        number: session.number,
        title: session.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
      }));
      const chosen = flat.filter((signUp) => signUp.sessionId === sessionId);
      return { id, name, email, organisation, role, createdAt, signUps: [...chosen, ...flat.filter((signUp) => signUp.sessionId !== sessionId)] };
    });
}

/** The sessions to filter on, in programme order. */
export async function listSessionOptions(db: Db): Promise<SessionOption[]> {
  return db.session.findMany({
    orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    select: { id: true, number: true, title: true, startsAt: true },
  });
}
