import { TZDate, tz } from "@date-fns/tz";
import { addWeeks, format, formatDuration } from "date-fns";
import { nl } from "date-fns/locale";

// Instants are UTC inside the app; this module is the one place that speaks Europe/Amsterdam.
export const TIME_ZONE = "Europe/Amsterdam";

const inAmsterdam = { in: tz(TIME_ZONE), locale: nl };

/** "vrijdag 4 juni 2027" */
export function formatDate(instant: Date): string {
  return format(instant, "EEEE d MMMM yyyy", inAmsterdam);
}

/** "vrijdag 4 juni", as the programme names a session day. */
export function formatDayMonth(instant: Date): string {
  return format(instant, "EEEE d MMMM", inAmsterdam);
}

/** "1 december 2017", for dates without a weekday. */
export function formatCalendarDate(instant: Date): string {
  return format(instant, "d MMMM yyyy", inAmsterdam);
}

/** "13.30" */
export function formatTime(instant: Date): string {
  return format(instant, "HH.mm", inAmsterdam);
}

/** "vrijdag 4 juni 2027 13.30", for logs and change records. */
export function formatDateTime(instant: Date): string {
  return `${formatDate(instant)} ${formatTime(instant)}`;
}

/** "13.30–14.30 uur" */
export function formatTimeRange(start: Date, end: Date): string {
  return `${formatTime(start)}–${formatTime(end)} uur`;
}

/** "vrijdag 4 juni 2027, 13.30–14.30 uur" */
export function formatSessionTime(start: Date, end: Date): string {
  return `${formatDate(start)}, ${formatTimeRange(start, end)}`;
}

/** The instant at which the clocks in Amsterdam show this wall-clock time. */
export function amsterdamInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, TIME_ZONE).getTime());
}

/** The calendar year in Amsterdam at this instant. */
export function amsterdamYear(instant: Date): number {
  return new TZDate(instant.getTime(), TIME_ZONE).getFullYear();
}

/** "2027-06-04": the Amsterdam calendar date of an instant, without a time. */
export function amsterdamDateKey(instant: Date): string {
  return format(instant, "yyyy-MM-dd", { in: tz(TIME_ZONE) });
}

/** How many Amsterdam calendar days `later` falls after `earlier`: 0 on the same date, 1 the next. */
export function amsterdamDaysBetween(earlier: Date, later: Date): number {
  const midnight = (instant: Date) => Date.parse(`${amsterdamDateKey(instant)}T00:00:00Z`);
  return Math.round((midnight(later) - midnight(earlier)) / 86_400_000);
}

/** "20270604T113000Z": an instant in UTC, as calendar links want it. */
export function formatUtcCompact(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2027-06-04T13:30": the Amsterdam wall-clock time of an instant, as `<input type="datetime-local">` wants it. */
export function toAmsterdamLocalInput(instant: Date): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm", { in: tz(TIME_ZONE) });
}

/**
 * The instant at which Amsterdam clocks show this "YYYY-MM-DDTHH:mm", or null when no such time
 * exists: a malformed value, a date like 30 February, or the hour skipped when summer time starts.
 * The hour that occurs twice when winter time starts is read as the second one (winter time).
 */
export function fromAmsterdamLocalInput(value: string): Date | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const instant = amsterdamInstant(year, month, day, hour, minute);
  // TZDate rolls impossible times over (30 February, 02.30 on the spring-forward night): refuse them.
  return toAmsterdamLocalInput(instant) === value ? instant : null;
}

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Midnight in Amsterdam on this "YYYY-MM-DD" (as `<input type="date">` posts it, and as
 * amsterdamDateKey writes it), or null for a malformed value or a date like 30 February.
 */
export function fromAmsterdamDateInput(value: string): Date | null {
  const match = DATE_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const instant = amsterdamInstant(year, month, day);
  return amsterdamDateKey(instant) === value ? instant : null;
}

/** A wait in Dutch words, rounded up to whole seconds, minutes or hours: "30 seconden", "10 minuten", "1 uur". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return formatDuration({ seconds: Math.max(1, Math.ceil(seconds)) }, { locale: nl });
  if (seconds < 3600) return formatDuration({ minutes: Math.ceil(seconds / 60) }, { locale: nl });
  return formatDuration({ hours: Math.ceil(seconds / 3600) }, { locale: nl });
}

/** The same Amsterdam wall-clock time `weeks` weeks later: 13.30 stays 13.30 across a change to or from summer time. */
export function addAmsterdamWeeks(instant: Date, weeks: number): Date {
  return new Date(addWeeks(instant, weeks, { in: tz(TIME_ZONE) }).getTime());
}

/**
 * The last time Amsterdam clocks showed `hour`.00 on the date of `now`, with the same moment a
 * calendar day before (23 or 25 hours earlier across a change to or from summer time), or null
 * while it is not yet `hour`.00 there today.
 */
export function amsterdamDailyMoment(now: Date, hour: number): { day: string; at: Date; dayBefore: Date } | null {
  const [year, month, day] = amsterdamDateKey(now).split("-").map(Number);
  const at = amsterdamInstant(year, month, day, hour);
  if (now < at) return null;
  return { day: amsterdamDateKey(now), at, dayBefore: amsterdamInstant(year, month, day - 1, hour) };
}
