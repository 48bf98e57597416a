import "server-only";
import type { Db } from "../db";

/** The most answers with text one page of the admin shows. */
export const ANSWERS_PER_PAGE = 100;

export type EvaluationSummary = {
  responses: number;
  /** The mean score, or null without responses. */
  average: number | null;
  /** How many gave each score: index 0 is score 1. */
  distribution: [number, number, number, number, number];
};

/** What a session's evaluation says in numbers. Counted by the database: bounded whatever the number of answers. */
export async function getEvaluationSummary(db: Db, sessionId: string): Promise<EvaluationSummary> {
  const groups = await db.evaluationResponse.groupBy({ by: ["score"], where: { sessionId }, _count: { _all: true } });
  const distribution: EvaluationSummary["distribution"] = [0, 0, 0, 0, 0];
  for (const group of groups) if (group.score >= 1 && group.score <= 5) distribution[group.score - 1] = group._count._all;
  const responses = distribution.reduce((sum, count) => sum + count, 0);
  const total = distribution.reduce((sum, count, index) => sum + count * (index + 1), 0);
  return { responses, average: responses === 0 ? null : total / responses, distribution };
}

export type EvaluationAnswer = { id: string; score: number; takeaway: string | null; improvement: string | null; mayQuote: boolean; answeredOn: string };

const answerSelect = { id: true, score: true, takeaway: true, improvement: true, mayQuote: true, answeredOn: true } as const;
const withText = (sessionId: string) => ({ sessionId, OR: [{ takeaway: { not: null } }, { improvement: { not: null } }] });

/**
 * The answers with a text, a page at a time. Ordered by their random ids: a random order that
 * says nothing about who answered when, and stays the same from one page to the next.
 */
export async function listEvaluationAnswers(db: Db, sessionId: string, after?: string): Promise<EvaluationAnswer[]> {
  return db.evaluationResponse.findMany({
    where: { ...withText(sessionId), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: ANSWERS_PER_PAGE,
    select: answerSelect,
  });
}

export const countEvaluationAnswers = (db: Db, sessionId: string) => db.evaluationResponse.count({ where: withText(sessionId) });

/** Every answer of a session, a page at a time, for the export. */
export async function listAllEvaluationAnswers(db: Db, sessionId: string, after?: string): Promise<EvaluationAnswer[]> {
  return db.evaluationResponse.findMany({
    where: { sessionId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: ANSWERS_PER_PAGE,
    select: answerSelect,
  });
}
