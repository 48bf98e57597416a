import "server-only";
import { listSessionsById } from "../data/programme";
import { overLimit } from "../rate-limit";
import { formLimits, type PublicForm } from "../registration/form-limits";
import type { RegistrationInput } from "../registration/form-schema";
import { requestManageLink } from "../registration/lost-link";
import { register } from "../registration/register";
import { z } from "zod";
import { calendarLinks, type CalendarLinks } from "../calendar-links";
import { seal, unseal } from "../links/personal-link";
import { linkSessionOf, linkTiming, type LinkTiming } from "../teams-link-rule";
import { kickScheduler } from "./scheduler";
import { wiring } from "./wiring";

/**
 * Counts one valid submission of a public form (lib/registration/form-limits.ts). Over a limit,
 * returns the seconds until it has surely passed; else null. Invalid submissions are not counted:
 * they write and send nothing, and colleagues fixing a typo should not use up their office's limit.
 */
export async function overFormLimit(form: PublicForm, by: { ip: string; email: string }): Promise<number | null> {
  const { db, config, now, secret } = wiring();
  const over = await overLimit(db, await secret(), formLimits(config, form, by), now());
  return over.length === 0 ? null : Math.max(...over.map((limit) => limit.windowSeconds));
}

export type SignedUpSession = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  waitlisted: boolean;
  linkTiming: LinkTiming;
  /** For a place: the public calendar file and the web calendars, all leading to the public session page. */
  calendar: { file: string; links: CalendarLinks } | null;
};

export type SignUpResult =
  | { ok: true; sessions: SignedUpSession[]; /** For the confirmation page after a form post without JavaScript. */ receipt: string }
  | { ok: false; field: "sessions"; message: string };

type Chosen = { id: string; number: number; title: string; startsAt: Date; endsAt: Date; hasTeamsLink: boolean; cancelled: boolean };

const chosenOf = (rows: Awaited<ReturnType<typeof listSessionsById>>): Chosen[] => rows.map(linkSessionOf);

/** What the confirmation shows of each chosen session, as the link rule says at this moment. */
function shown(chosen: Chosen[], waitlisted: Set<string>): SignedUpSession[] {
  const { now, rule, config } = wiring();
  const at = now();
  return chosen.map((session) => ({
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    waitlisted: waitlisted.has(session.id),
    linkTiming: linkTiming(session, at, rule),
    calendar: waitlisted.has(session.id)
      ? null
      : {
          file: `/sessies/${session.number}/agenda.ics`,
          links: calendarLinks(session, config.APP_URL),
        },
  }));
}

const receiptSchema = z.array(z.tuple([z.string().regex(/^[a-z0-9]{20,40}$/), z.boolean()])).min(1).max(20);

/** The chosen sessions and their places, sealed into the URL of the confirmation page: nothing personal. */
async function receiptFor(places: [string, boolean][]): Promise<string> {
  return seal(await wiring().secret(), "receipt", JSON.stringify(places));
}

/** Signs a visitor up. A robot that filled in the honeypot sees what a person would, and nothing is stored. */
export async function signUp(input: RegistrationInput): Promise<SignUpResult> {
  const { db, now, rule } = wiring();
  if (input.website !== "") {
    const chosen = chosenOf(await listSessionsById(db, input.sessions));
    return { ok: true, sessions: shown(chosen, new Set()), receipt: await receiptFor(chosen.map((session) => [session.id, false])) };
  }
  const result = await register(db, input, now, rule);
  if (!result.ok) return result;
  kickScheduler();
  const waitlisted = new Set(result.sessions.filter((session) => session.status === "waitlisted").map((session) => session.id));
  const chosen = result.sessions.map((session) => ({ ...session, cancelled: false }));
  return { ok: true, sessions: shown(chosen, waitlisted), receipt: await receiptFor(result.sessions.map((session) => [session.id, waitlisted.has(session.id)])) };
}

/** The confirmation page's content, from its sealed receipt; null for one this server did not make. */
export async function getReceipt(receipt: string): Promise<SignedUpSession[] | null> {
  const value = unseal(await wiring().secret(), "receipt", receipt);
  const places = receiptSchema.safeParse(value === null ? null : JSON.parse(value));
  if (!places.success) return null;
  const chosen = chosenOf(await listSessionsById(wiring().db, places.data.map(([id]) => id)));
  return chosen.length > 0 ? shown(chosen, new Set(places.data.filter(([, waiting]) => waiting).map(([id]) => id))) : null;
}

/** Mails the manage link to a known address; an unknown one gets nothing, and the caller cannot tell. */
export async function sendLostLink(email: string): Promise<void> {
  const { db, now } = wiring();
  if (await requestManageLink(db, email, now())) kickScheduler();
}

/** Whether the database answers: for the health check. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await wiring().db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
