import type { SessionField, SessionFormValues } from "./session-form";

// What the edit action returns to the form. Plain data only: it crosses to the browser. Kept apart
// from the schema so the editor's browser code carries no zod, whose object schemas probe for
// eval, which the Content-Security-Policy reports as a violation.

export type SessionFormState =
  | { status: "idle" }
  | { status: "invalid"; errors: Partial<Record<SessionField, string[]>>; formErrors: string[]; values: SessionFormValues; attempt: number }
  | { status: "saved"; notice: string; values: SessionFormValues; attempt: number };

export const initialSessionFormState: SessionFormState = { status: "idle" };
