import { formatDate, formatTime } from "../time";

/** A series' registration window. Either end may be unset: then that side is open. */
export type RegistrationWindow = { opensAt: Date | null; closesAt: Date | null };

/** No window: each session takes sign-ups until it starts. */
export const NO_WINDOW: RegistrationWindow = { opensAt: null, closesAt: null };

export type WindowState = { open: true } | { open: false; message: string };

const at = (instant: Date) => `${formatDate(instant)} om ${formatTime(instant)} uur`;

/** Whether the series takes sign-ups now, and if not, what the form and the refusal say. */
export function windowState(window: RegistrationWindow, now: Date): WindowState {
  if (window.opensAt && now < window.opensAt) return { open: false, message: `Aanmelden kan vanaf ${at(window.opensAt)}.` };
  if (window.closesAt && now >= window.closesAt) return { open: false, message: `Aanmelden is gesloten sinds ${at(window.closesAt)}.` };
  return { open: true };
}

/**
 * Registration for a session is open inside its series' window and until the session starts,
 * unless it was cancelled.
 */
export function registrationOpen(session: { startsAt: Date; cancelled: boolean }, window: RegistrationWindow, now: Date): boolean {
  return windowState(window, now).open && !session.cancelled && session.startsAt > now;
}
