export type MailSession = {
  title: string;
  /** Already formatted by lib/time, e.g. "vrijdag 4 juni 2027, 13.30–14.30 uur". */
  when: string;
  status: "confirmed" | "waitlisted";
  /** The session is so close that the Teams link follows within minutes, not a day ahead. */
  linkSoon: boolean;
};
