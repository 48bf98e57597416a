import "server-only";
import { registrationsCsvStream } from "../admin/export";
import { audit } from "../admin/audit";
import { cancelSignUpByOrganiser, organiserMayCancel, resendMail } from "../admin/registrations";
import type { SessionInput } from "../admin/session-form";
import { cancelSession, updateSession, type MailedCounts } from "../admin/sessions";
import type { Organiser } from "../auth/sign-in-session";
import { findOrganiser, listAuditEntries, listMails, listOrganisers } from "../data/admin-logs";
import { listRecentAlerts } from "../data/alerts";
import { countFailedMails, getSessionOverview } from "../data/admin-overview";
import { countRegistrations, listRegistrations, listSessionOptions, PAGE_SIZE } from "../data/admin-registrations";
import { getErasePreview } from "../data/registrant";
import { getSessionForEditing } from "../data/session-for-editing";
import { getSignUpToCancel } from "../data/sign-up-to-cancel";
import { eraseRegistrant } from "../registration/erase";
import { listFailingSteps } from "../scheduler/steps";
import { currentSeriesId } from "../series/state";
import type { MailStatus } from "../statuses";
import { kickPass, kickScheduler } from "./scheduler";
import { wiring } from "./wiring";

// What the organisers' pages and actions call. Every caller has passed requireAdmin() first.

/** Whether mail really goes out, or only into files (no SMTP_URL): organisers are warned. */
export function mailDelivery(): { filesOnly: boolean; dir: string } {
  const { config } = wiring();
  return { filesOnly: !config.SMTP_URL, dir: config.MAIL_DIR };
}

/** The public series' sessions with what to watch, and what goes wrong in mail and scheduler. */
export async function getOverview() {
  const { db, now, rule } = wiring();
  const seriesId = await currentSeriesId(db);
  const [sessions, failedMails, failingSteps] = await Promise.all([
    seriesId ? getSessionOverview(db, seriesId, now(), rule) : [],
    countFailedMails(db),
    listFailingSteps(db),
  ]);
  return { sessions, failedMails, failingSteps };
}

/** A page of people and their sign-ups, with what an organiser can still do about each at this moment. */
export async function getRegistrations(filter: { query?: string; sessionId?: string }, page: number) {
  const { db, now } = wiring();
  const at = now();
  const [total, rows] = await Promise.all([
    countRegistrations(db, filter),
    listRegistrations(db, filter, { take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE }),
  ]);
  const people = rows.map((row) => {
    const signUps = row.signUps.map((signUp) => ({ ...signUp, cancellable: organiserMayCancel(signUp, at) }));
    // The same sign-ups a resent confirmation would list (lib/admin/registrations.ts).
    const resendable = row.signUps.some((signUp) => signUp.status !== "cancelled" && signUp.endsAt > at);
    return { ...row, signUps, resendable };
  });
  return { people, total, pageSize: PAGE_SIZE };
}

export const getSessionOptions = () => listSessionOptions(wiring().db);
export const getMailLog = (status: MailStatus | undefined, page: number) => listMails(wiring().db, status, page);
export const getAuditLog = (page: number) => listAuditEntries(wiring().db, page);
export const getOrganisers = () => listOrganisers(wiring().db);
export const getRecentAlerts = () => listRecentAlerts(wiring().db);
export const getOrganiser = (id: string) => findOrganiser(wiring().db, id);

/** A sign-up an organiser is asked to confirm cancelling, and whether that can still be done now; null when there is none. */
export async function getSignUpCancellation(id: string) {
  const { db, now } = wiring();
  const signUp = await getSignUpToCancel(db, id);
  return signUp && { ...signUp, cancellable: organiserMayCancel({ status: signUp.status, startsAt: signUp.session.startsAt }, now()) };
}

/** A session for the editor, and whether it is over; null when there is no such session. */
export async function getSessionEditor(id: string) {
  const { db, now } = wiring();
  const session = await getSessionForEditing(db, id);
  return session && { ...session, ended: session.endsAt <= now() };
}

export async function saveSession(admin: Organiser, id: string, input: SessionInput) {
  const { db, now, rule } = wiring();
  const result = await updateSession(db, admin, id, input, now(), rule);
  if (result.ok && result.changed.length > 0) kickPass();
  return result;
}

export async function cancelWholeSession(admin: Organiser, id: string, expected: MailedCounts) {
  const { db, now, rule } = wiring();
  const result = await cancelSession(db, admin, id, expected, now(), rule);
  if (result.ok) kickPass();
  return result;
}

export async function cancelSignUpAs(admin: Organiser, signUpId: string): Promise<boolean> {
  const { db, now, rule } = wiring();
  const changed = await cancelSignUpByOrganiser(db, admin, signUpId, now(), rule);
  if (changed) kickScheduler();
  return changed;
}

/** Everything erasing this person removes, for the confirmation page; null for no such person. */
export const getErasePreviewOf = (registrantId: string) => getErasePreview(wiring().db, registrantId);

/** Deletes everything about a person at their request; audited without naming them. False when already gone. */
export async function eraseAs(admin: Organiser, registrantId: string): Promise<boolean> {
  const { db, mailer, now, rule } = wiring();
  const erased = await eraseRegistrant(db, mailer, registrantId, now(), rule, { organiserId: admin.id });
  // Someone may have moved up into a freed place.
  if (erased) kickScheduler();
  return erased !== null;
}

export async function resendConfirmation(admin: Organiser, registrantId: string): Promise<boolean> {
  const { db, now } = wiring();
  const queued = await resendMail(db, admin, registrantId, now());
  if (queued) kickScheduler();
  return queued;
}

/**
 * The registrations as CSV, all or for one session, in the audit log; null for an unknown session.
 * The file is streamed, a page of people at a time, so no export holds every registrant at once.
 */
export async function exportRegistrations(admin: Organiser, sessionId?: string) {
  const { db } = wiring();
  const session = sessionId ? (await listSessionOptions(db)).find((option) => option.id === sessionId) : undefined;
  if (sessionId && !session) return null;
  const total = await countRegistrations(db, { sessionId });
  await audit(db, { action: "exported", organiserId: admin.id, sessionId, detail: { people: total } });
  return {
    filename: session ? `aanmeldingen-sessie-${session.number}.csv` : "aanmeldingen-alle-sessies.csv",
    stream: registrationsCsvStream(db, { sessionId }),
  };
}
