import type { CalendarLinks } from "@/lib/calendar-links";
import styles from "./join/join.module.css";

/**
 * The ways to put a session in a calendar: a file to download (when there is one for this
 * person), or Outlook and Google on the web, whose links carry only the public session page.
 */
export function CalendarOptions({ title, links, file }: { title: string; links: CalendarLinks; file?: string }) {
  return (
    <ul className={styles.calendar} aria-label={`Zet ‘${title}’ in je agenda`}>
      {file && (
        <li>
          <a href={file} download>
            Agenda-afspraak downloaden (.ics)
          </a>
        </li>
      )}
      <li>
        <a href={links.outlook} rel="noopener noreferrer">
          Zet in Outlook-agenda
        </a>
      </li>
      <li>
        <a href={links.google} rel="noopener noreferrer">
          Zet in Google Agenda
        </a>
      </li>
    </ul>
  );
}
