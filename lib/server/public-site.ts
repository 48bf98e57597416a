import "server-only";
import { unstable_cache, updateTag } from "next/cache";
import { queryProgramme, querySession, toProgramme, toSessionDetail, type SessionSummary } from "../data/programme";
import { queryProjectPage, toProjectPage } from "../data/project";
import { querySiteSettings } from "../data/site-settings";
import { calendarAttachment } from "../mail/calendar";
import { calendarOrganizer } from "../mail/compose-helpers";
import { sessionPageUrl } from "../public-paths";
import { registrationOpen, windowState, type RegistrationWindow } from "../registration/open";
import { securityTxt } from "../security-txt";
import { siteDetails, type SiteDetails } from "../site-settings";
import { clearServedPages } from "../served-pages";
import { linkTiming, type LinkTiming } from "../teams-link-rule";
import { wiring } from "./wiring";

/** Every public content query carries this tag; organisers' edits revalidate it. */
const CONTENT_TAG = "content";

/** After an organiser's edit: this instance's public pages show it at once. Call from a server action. */
export function publicContentChanged(): void {
  updateTag(CONTENT_TAG);
  clearServedPages();
}

/**
 * Caches a query's plain-JSON result for REVALIDATE_SECONDS. Pages that use it are regenerated
 * on the same interval, so no public page is older than that (see next.config.ts).
 */
function cachedQuery<Args extends unknown[], Result>(key: string, query: (...args: Args) => Promise<Result>) {
  return (...args: Args): Promise<Result> =>
    unstable_cache(query, [key], { tags: [CONTENT_TAG], revalidate: wiring().config.REVALIDATE_SECONDS })(...args);
}

const programmeRow = cachedQuery("programme", () => queryProgramme(wiring().db));
const sessionRow = cachedQuery("session", (number: number) => querySession(wiring().db, number));
const projectRow = cachedQuery("project-page", () => queryProjectPage(wiring().db));
const siteSettingsRow = cachedQuery("site-settings", () => querySiteSettings(wiring().db));

/** A session as a page shows it at the moment it is rendered. */
export type SessionView<S extends SessionSummary = SessionSummary> = S & { registrationOpen: boolean; linkTiming: LinkTiming };

// Cached content is timeless; what depends on the clock is worked out when a page is rendered.
function view<S extends SessionSummary>(session: S, window: RegistrationWindow, at: Date): SessionView<S> {
  return { ...session, registrationOpen: registrationOpen(session, window, at), linkTiming: linkTiming(session, at, wiring().rule) };
}

export async function getProgramme() {
  const row = await programmeRow();
  if (!row) return null;
  const programme = toProgramme(row);
  const at = wiring().now(); // one instant for every answer on the page
  return {
    ...programme,
    registration: windowState(programme.terms.window, at),
    sessions: programme.sessions.map((session) => view(session, programme.terms.window, at)),
  };
}

export async function getSession(number: number) {
  const row = await sessionRow(number);
  if (!row) return null;
  const session = toSessionDetail(row);
  const at = wiring().now();
  return { ...view(session, session.terms.window, at), registration: windowState(session.terms.window, at) };
}

export async function getProjectPage() {
  const row = await projectRow();
  return row && toProjectPage(row);
}

/**
 * A session's public calendar file, for the confirmation page: one UID per session (not per
 * person), its sequence growing with every new time, and the public page as its address.
 */
export async function getSessionCalendarFile(number: number) {
  const session = await getSession(number);
  if (!session || session.cancelled) return null;
  const { config } = wiring();
  const { contactEmail } = await siteSettings();
  const pageUrl = sessionPageUrl(config.APP_URL, session);
  return calendarAttachment({
    uid: `session-${session.id}@${new URL(config.APP_URL).hostname}`,
    sequence: session.timeVersion,
    method: "PUBLISH",
    title: session.title,
    description: `${session.summary ?? session.title}\n\nMeer informatie: ${pageUrl}\nDe link naar Microsoft Teams krijg je per mail.`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    url: pageUrl,
    organizer: calendarOrganizer(contactEmail),
  });
}

/** What the public pages say about the site itself: whom to write to, the privacy texts, and how long data is kept. */
export async function siteSettings(): Promise<SiteDetails & { retentionDays: number }> {
  const { config } = wiring();
  return { ...siteDetails(await siteSettingsRow(), config.CONTACT_EMAIL), retentionDays: config.RETENTION_DAYS };
}

/** /.well-known/security.txt as of now. */
export function getSecurityTxt(): string {
  const { config, now } = wiring();
  return securityTxt({ contact: config.SECURITY_CONTACT, appUrl: config.APP_URL, now: now() });
}
