// The follow-up editor's fields, without the schema: the editor's browser code must not carry zod.

export const FOLLOW_UP_TEXT_MAX = 2000;
export const FOLLOW_UP_FIELDS = ["enabled", "text", "slidesUrl", "recordingUrl", "readingUrl"] as const;
export type FollowUpField = (typeof FOLLOW_UP_FIELDS)[number];
export type FollowUpValues = { enabled: boolean; text: string; slidesUrl: string; recordingUrl: string; readingUrl: string };

export type FollowUpFormState =
  | { status: "idle" }
  | { status: "invalid"; errors: Partial<Record<FollowUpField, string[]>>; formErrors: string[]; values: FollowUpValues; attempt: number }
  | { status: "saved"; values: FollowUpValues; attempt: number };
