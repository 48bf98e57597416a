// The message editor's fields, without the schema: the editor's browser code must not carry zod.

export const MESSAGE_SUBJECT_MAX = 120;
export const MESSAGE_BODY_MAX = 5000;
export const MESSAGE_FIELDS = ["audience", "subject", "body", "password"] as const;
export type MessageField = (typeof MESSAGE_FIELDS)[number];
export type MessageValues = { audience: string; subject: string; body: string };

/** The three steps: write, look at the preview and confirm with the password, sent. */
export type MessageState =
  | { status: "writing"; errors: Partial<Record<MessageField, string[]>>; formErrors: string[]; values: MessageValues; attempt: number }
  | {
      status: "preview";
      values: MessageValues;
      people: number;
      /** Made with the preview, sent back with the confirmation: the same message twice is sent once. */
      token: string;
      errors: Partial<Record<MessageField, string[]>>;
      formErrors: string[];
      attempt: number;
    };

export const AUDIENCE_LABELS = {
  confirmed: "Iedereen die is aangemeld",
  waitlisted: "Iedereen op de wachtlijst",
  both: "Iedereen die is aangemeld of op de wachtlijst staat",
} as const;
