import type { CalendarLinks } from "@/lib/calendar-links";
import type { LinkTiming } from "@/lib/teams-link-rule";

export type MailSession = {
  title: string;
  /** Already formatted by lib/time, e.g. "vrijdag 4 juni 2027, 13.30–14.30 uur". */
  when: string;
  status: "confirmed" | "waitlisted";
  /** What may be promised about the Teams link, as lib/teams-link-rule.ts decides. */
  linkTiming: LinkTiming;
  /** "Zet in je agenda" for a confirmed place: web-calendar links to the public session page. */
  calendar?: CalendarLinks;
};
