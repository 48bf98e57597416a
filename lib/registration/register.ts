import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { enqueueMail } from "../mail/outbox";
import { inTransaction, lockSessions } from "../transaction";
import { planLinkMailsInTx } from "../mail/link-planner";
import { placeFor, type Rules } from "./capacity";
import { emailKey } from "./email-key";
import { searchKey } from "./search-key";
import type { RegistrationInput } from "./form-schema";

export type ChosenSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: "confirmed" | "waitlisted";
};

export type RegistrationResult =
  | { ok: true; sessions: ChosenSession[] }
  | { ok: false; field: "sessions"; message: string };

type Person = Pick<RegistrationInput, "name" | "email" | "organisation" | "role" | "sessions">;

/**
 * Signs a person up for the chosen sessions: all or nothing, in one transaction with the
 * confirmation mail. An address that is already known keeps its stored name and organisation.
 */
export async function register(
  db: Db,
  person: Person,
  clock: Date | (() => Date),
  rules: Rules,
): Promise<RegistrationResult> {
  const now = typeof clock === "function" ? clock : () => clock;
  return inTransaction(db, async (tx) => {
    await lockSessions(tx, person.sessions);
    // Read after the lock, so the waiting list follows the order in which sign-ups commit.
    const at = now();
    const sessions = await tx.session.findMany({
      where: { id: { in: person.sessions } },
      select: { id: true, title: true, startsAt: true, endsAt: true, capacity: true, cancelledAt: true },
      orderBy: { startsAt: "asc" },
    });
    if (sessions.length !== person.sessions.length) {
      return refuse("Een van de gekozen sessies bestaat niet (meer). Kies opnieuw uit de lijst.");
    }
    const cancelled = sessions.find((session) => session.cancelledAt);
    if (cancelled) return refuse(`De sessie ‘${cancelled.title}’ gaat niet door. Kies een andere sessie.`);
    const closed = sessions.find((session) => session.startsAt <= at);
    if (closed) {
      return refuse(`Aanmelden voor ‘${closed.title}’ kan niet meer: deze sessie is al begonnen of voorbij.`);
    }

    const registrant = await tx.registrant.upsert({
      where: { emailKey: emailKey(person.email) },
      create: {
        name: person.name,
        email: person.email,
        emailKey: emailKey(person.email),
        organisation: person.organisation,
        role: person.role ?? null,
        searchKey: searchKey(person.name, person.email, person.organisation),
        consentAt: at,
      },
      update: {},
      select: { id: true, email: true },
    });

    const chosen: ChosenSession[] = [];
    const confirmed: string[] = [];
    for (const session of sessions) {
      const key = { registrantId_sessionId: { registrantId: registrant.id, sessionId: session.id } };
      const existing = await tx.signUp.findUnique({ where: key, select: { status: true } });
      let status = existing?.status;
      if (status !== "confirmed" && status !== "waitlisted") {
        status = await placeFor(tx, session);
        const fields = { status, requestedAt: at, confirmedAt: status === "confirmed" ? at : null, cancelledAt: null };
        const signUp = await tx.signUp.upsert({
          where: key,
          create: { ...fields, registrantId: registrant.id, sessionId: session.id },
          update: fields,
          select: { id: true },
        });
        if (status === "confirmed") confirmed.push(signUp.id);
      }
      chosen.push({ ...session, status: status as ChosenSession["status"] });
    }

    await enqueueMail(
      tx,
      {
        kind: "confirmation",
        recipient: registrant.email,
        dedupeKey: `confirmation:${registrant.id}:${randomUUID()}`,
        registrantId: registrant.id,
      },
      at,
    );
    // A sign-up inside the link window gets its Teams-link mail in this same transaction.
    if (confirmed.length > 0) await planLinkMailsInTx(tx, at, rules.leadHours, { signUpIds: confirmed });
    return { ok: true as const, sessions: chosen.map(({ id, title, startsAt, endsAt, status }) => ({ id, title, startsAt, endsAt, status })) };
  });
}

function refuse(message: string): RegistrationResult {
  return { ok: false, field: "sessions", message };
}
