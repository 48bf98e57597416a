import type { MailStatus } from "../statuses";

/** Each mail status in the organisers' words: the mail log and the alerts page. */
export const MAIL_STATUS_LABEL: Record<MailStatus, string> = {
  sent: "verstuurd",
  failed: "mislukt",
  expired: "verlopen",
  pending: "wacht",
  sending: "wordt verstuurd",
  superseded: "niet meer nodig",
};
