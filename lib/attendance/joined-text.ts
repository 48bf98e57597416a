import { formatTime } from "../time";

/** Whether a sign-up went to Teams through its join link, in the organisers' words: "ja, 13.32 uur", "nee", or null without a place. */
export function joinedText(signUp: { status: string; joinedAt: Date | null }): string | null {
  if (signUp.joinedAt) return `ja, ${formatTime(signUp.joinedAt)} uur`;
  return signUp.status === "confirmed" ? "nee" : null;
}
