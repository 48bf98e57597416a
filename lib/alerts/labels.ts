import type { AlertKind } from "../statuses";

/** What each alert is called in the mail log and on the alerts page. */
export const ALERT_LABEL: Record<AlertKind, string> = {
  "alert-missing-link": "melding: Teams-link ontbreekt",
  "alert-failed-mails": "melding: mails mislukt",
  "alert-step-failing": "melding: taak mislukt",
  "alert-step-recovered": "melding: taak werkt weer",
  "daily-summary": "dagoverzicht",
};
