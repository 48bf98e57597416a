import type { CalendarLinks } from "@/lib/calendar-links";
import styles from "./join/join.module.css";

/**
 * The ways to put a session in a calendar: a file to download, or Outlook and Google on the web,
 * whose links carry only the public session page. One line, so it sits inside a list item too.
 */
export function CalendarOptions({ title, links, file, label = true }: { title: string; links: CalendarLinks; file: string; label?: boolean }) {
  return (
    <p className={styles.calendar}>
      {label && <span>In je agenda:</span>}
      <a href={file} download>
        Agenda-afspraak downloaden (.ics)<span className="visually-hidden">: {title}</span>
      </a>
      <a href={links.outlook} rel="noopener noreferrer">
        Zet in Outlook-agenda<span className="visually-hidden">: {title}</span>
      </a>
      <a href={links.google} rel="noopener noreferrer">
        Zet in Google Agenda<span className="visually-hidden">: {title}</span>
      </a>
    </p>
  );
}
