import { amsterdamInstant, amsterdamYear } from "../../lib/time";

/** This year while its last session (25 June, 13.30) is still ahead in Amsterdam, else next year. */
export function programmeYear(now: Date, configured?: number): number {
  if (configured) return configured;
  const year = amsterdamYear(now);
  return now < amsterdamInstant(year, 6, 25, 13, 30) ? year : year + 1;
}
