import "server-only";
import { listAllEvaluationAnswers } from "../data/evaluations";
import { listRegistrations, type RegistrationFilter } from "../data/admin-registrations";
import type { Db } from "../db";
import { csvHeader, csvLines, csvRows } from "./csv";

/**
 * A CSV file as a stream: the header, then one page of rows after another, each page read after
 * the last one's `id`. No export holds every row at once.
 */
function pagedCsv<Row extends { id: string }>(header: string, page: (after?: string) => Promise<Row[]>, lines: (rows: Row[]) => string) {
  const encoder = new TextEncoder();
  let after: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        return controller.enqueue(encoder.encode(header));
      }
      const rows = await page(after);
      if (rows.length === 0) return controller.close();
      after = rows.at(-1)!.id;
      controller.enqueue(encoder.encode(lines(rows)));
    },
  });
}

/** The registrations, a page of people at a time. */
export function registrationsCsvStream(db: Db, filter: RegistrationFilter = {}): ReadableStream<Uint8Array> {
  return pagedCsv(csvHeader(), (after) => listRegistrations(db, filter, { after }), (rows) => csvLines(rows, filter.sessionId));
}

const EVALUATION_HEADER = ["Sessie", "Datum", "Hoe waardevol (1-5)", "Wat neem je mee", "Wat kan beter", "Mag anoniem geciteerd worden"];

/** A session's evaluation answers, in their random order; no cell runs as a formula. */
export function evaluationCsvStream(db: Db, session: { id: string; number: number; title: string }): ReadableStream<Uint8Array> {
  return pagedCsv(
    csvHeader(EVALUATION_HEADER),
    (after) => listAllEvaluationAnswers(db, session.id, after),
    (rows) =>
      csvRows(
        rows.map((row) => [
          `${session.number}. ${session.title}`,
          row.answeredOn,
          String(row.score),
          row.takeaway ?? "",
          row.improvement ?? "",
          row.mayQuote ? "ja" : "nee",
        ]),
      ),
  );
}
