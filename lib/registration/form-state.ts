import type { CalendarLinks } from "../calendar-links";
import type { LinkTiming } from "../teams-link-rule";

// What the registration action returns to the form. Plain data only: it crosses to the browser.

export type FieldErrors = Partial<Record<"name" | "email" | "organisation" | "role" | "sessions" | "consent", string[]>>;

export type SubmittedValues = {
  name: string;
  email: string;
  organisation: string;
  role: string;
  sessions: string[];
  consent: boolean;
};

export type RegistrationState =
  | { status: "idle" }
  | { status: "invalid"; errors: FieldErrors; formErrors: string[]; values: SubmittedValues; attempt: number }
  | {
      status: "done";
      sessions: { title: string; when: string; waitlisted: boolean; linkTiming: LinkTiming; calendar: { file: string; links: CalendarLinks } | null }[];
    };

export const initialRegistrationState: RegistrationState = { status: "idle" };
