/** Registration for a session is open until it starts, unless it was cancelled. */
export function registrationOpen(session: { startsAt: Date; cancelled: boolean }, now: Date): boolean {
  return !session.cancelled && session.startsAt > now;
}
