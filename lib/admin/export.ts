import "server-only";
import { listRegistrations, type RegistrationFilter } from "../data/admin-registrations";
import type { Db } from "../db";
import { csvHeader, csvLines } from "./csv";

/** The registrations as a CSV stream, read a page of people at a time: no export holds every registrant at once. */
export function registrationsCsvStream(db: Db, filter: RegistrationFilter = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        return controller.enqueue(encoder.encode(csvHeader()));
      }
      const rows = await listRegistrations(db, filter, { after });
      if (rows.length === 0) return controller.close();
      after = rows.at(-1)!.id;
      controller.enqueue(encoder.encode(csvLines(rows, filter.sessionId)));
    },
  });
}
