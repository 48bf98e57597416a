import "server-only";
import type { Db } from "../db";
import { planLinkMailsInTx } from "../mail/link-planner";
import { queueConfirmation } from "../mail/queue";
import type { ActiveStatus } from "../statuses";
import { linkMailsDue, type LinkRule } from "../teams-link-rule";
import { inTransaction, lockSessions } from "../transaction";
import { placeFor } from "./capacity";
import { NO_WINDOW, registrationOpen, windowState } from "./open";
import { emailKey } from "./email-key";
import { searchKey } from "./search-key";
import type { RegistrationInput } from "./form-schema";

export type ChosenSession = {
  id: string;
  number: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  hasTeamsLink: boolean;
  status: ActiveStatus;
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
  rule: LinkRule,
): Promise<RegistrationResult> {
  const now = typeof clock === "function" ? clock : () => clock;
  return inTransaction(db, async (tx) => {
    await lockSessions(tx, person.sessions);
    // Read after the lock, so the waiting list follows the order in which sign-ups commit.
    const at = now();
    const sessions = await tx.session.findMany({
      where: { id: { in: person.sessions } },
      select: {
        id: true,
        number: true,
        title: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        cancelledAt: true,
        teamsUrl: true,
        series: { select: { registrationOpensAt: true, registrationClosesAt: true, publishedAt: true } },
      },
      orderBy: { startsAt: "asc" },
    });
    // A draft series' sessions exist, but nobody can see them yet.
    if (sessions.length !== person.sessions.length || sessions.some(({ series }) => series.publishedAt === null)) {
      return refuse("Een van de gekozen sessies bestaat niet (meer). Kies opnieuw uit de lijst.");
    }
    for (const { series } of sessions) {
      const window = windowState({ opensAt: series.registrationOpensAt, closesAt: series.registrationClosesAt }, at);
      if (!window.open) return refuse(window.message);
    }
    const cancelled = sessions.find((session) => session.cancelledAt);
    if (cancelled) return refuse(`De sessie ‘${cancelled.title}’ gaat niet door. Kies een andere sessie.`);
    const closed = sessions.find((session) => !registrationOpen({ ...session, cancelled: false }, NO_WINDOW, at));
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
      select: { id: true, email: true, manageLinkVersion: true },
    });

    const chosen: ChosenSession[] = [];
    const confirmed: string[] = [];
    for (const session of sessions) {
      const key = { registrantId_sessionId: { registrantId: registrant.id, sessionId: session.id } };
      const existing = await tx.signUp.findUnique({ where: key, select: { id: true, status: true } });
      let status: ActiveStatus;
      if (existing?.status === "confirmed" || existing?.status === "waitlisted") status = existing.status;
      else {
        status = await placeFor(tx, session);
        const fields = { status, requestedAt: at, confirmedAt: status === "confirmed" ? at : null, cancelledAt: null };
        const { id } = existing
          ? await tx.signUp.update({ where: { id: existing.id }, data: fields, select: { id: true } })
          : await tx.signUp.create({ data: { ...fields, registrantId: registrant.id, sessionId: session.id }, select: { id: true } });
        if (status === "confirmed") confirmed.push(id);
      }
      chosen.push({ ...session, hasTeamsLink: session.teamsUrl !== null, status });
    }

    await queueConfirmation(tx, registrant, at);
    // A sign-up inside the link window gets its Teams-link mail in this same transaction.
    const due = chosen.some((session) => linkMailsDue({ ...session, cancelled: false }, at, rule));
    if (due && confirmed.length > 0) await planLinkMailsInTx(tx, at, rule, confirmed);
    return {
      ok: true as const,
      sessions: chosen.map(({ id, number, title, startsAt, endsAt, hasTeamsLink, status }) => ({ id, number, title, startsAt, endsAt, hasTeamsLink, status })),
    };
  });
}

function refuse(message: string): RegistrationResult {
  return { ok: false, field: "sessions", message };
}
