import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import type { TestInfo } from "@playwright/test";
import { signLink } from "../../lib/links/personal-link";
import { E2E_DATABASE } from "../playwright.config";

// A session around the present moment, for the join page and the evaluation: about to start, or
// just over. It lives in a series of its own dated long ago, so the public programme (the newest
// series) never shows it, and the four June sessions the other tests use stay as they are.
// Not a spec itself: the name matches no project's testMatch.

export const FIXTURE_TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fixture%40thread.v2/0";

const MINUTE = 60_000;
const id = () => `c${randomBytes(12).toString("hex")}`;
// As Prisma's SQLite adapter writes DateTime.
const stored = (instant: Date) => instant.toISOString().replace("Z", "+00:00");

export type FixtureSession = {
  sessionId: string;
  signUpId: string;
  title: string;
  email: string;
  /** The person's join page. */
  joinPath: string;
  /** The person's manage page. */
  managePath: string;
  remove(): void;
};

/**
 * A session starting `startsInMinutes` from now (negative: in the past), lasting an hour, with one
 * confirmed sign-up made a day earlier; `teams: false` leaves the Teams link unset.
 */
export function sessionAround(testInfo: TestInfo, label: string, { startsInMinutes, teams = true }: { startsInMinutes: number; teams?: boolean }): FixtureSession {
  const db = new Database(E2E_DATABASE, { timeout: 10_000 });
  try {
    const suffix = `${testInfo.project.name}-${label}-${randomBytes(3).toString("hex")}`;
    const now = Date.now();
    const startsAt = new Date(now + startsInMinutes * MINUTE);
    const [seriesId, sessionId, registrantId, signUpId] = [id(), id(), id(), id()];
    const title = `Testsessie ${suffix}`;
    const email = `around-${suffix}@e2e.example.nl`;
    const dayBefore = stored(new Date(now - 24 * 60 * MINUTE));
    db.transaction(() => {
      db.prepare(
        `INSERT INTO Series (id, slug, title, intro, expectations, howItWorks, joinTips, partnership, createdAt)
         VALUES (?, ?, ?, '', '', '', ?, '', ?)`,
      ).run(seriesId, `test-${suffix}`, `Testserie ${suffix}`, "Kies voor ‘deelnemen als gast’.\nZet je microfoon uit.", stored(new Date(2000, 0, 1)));
      db.prepare(
        `INSERT INTO Session (id, seriesId, number, phase, title, description, speakerName, startsAt, endsAt, teamsUrl, updatedAt)
         VALUES (?, ?, 1, 'evalueren', ?, 'Een sessie om te testen.', 'Spreker', ?, ?, ?, ?)`,
      ).run(sessionId, seriesId, title, stored(startsAt), stored(new Date(startsAt.getTime() + 60 * MINUTE)), teams ? FIXTURE_TEAMS : null, dayBefore);
      db.prepare(
        `INSERT INTO Registrant (id, name, email, emailKey, organisation, searchKey, consentAt, createdAt)
         VALUES (?, ?, ?, ?, 'Gemeente Test', ?, ?, ?)`,
      ).run(registrantId, `Tester ${suffix}`, email, email, `tester ${suffix} ${email} gemeente test`.toLowerCase(), dayBefore, dayBefore);
      db.prepare(
        `INSERT INTO SignUp (id, registrantId, sessionId, status, requestedAt, confirmedAt, createdAt)
         VALUES (?, ?, ?, 'confirmed', ?, ?, ?)`,
      ).run(signUpId, registrantId, sessionId, dayBefore, dayBefore, dayBefore);
    })();
    const secret = db.prepare("SELECT value FROM ServerSecret WHERE id = 'personal-links'").get() as { value: string };
    const key = Buffer.from(secret.value, "base64url");
    const joinPath = `/deelnemen/${signLink(key, "join", signUpId, 1)}`;
    const managePath = `/mijn-aanmelding/${signLink(key, "manage", registrantId, 1)}`;
    return {
      sessionId,
      signUpId,
      title,
      email,
      joinPath,
      managePath,
      remove() {
        const cleanup = new Database(E2E_DATABASE, { timeout: 10_000 });
        try {
          cleanup.transaction(() => {
            cleanup.prepare("DELETE FROM OutboxMail WHERE registrantId = ? OR sessionId = ?").run(registrantId, sessionId);
            for (const table of ["EvaluationResponse", "MassMailing", "FollowUp", "SignUp"]) {
              cleanup.prepare(`DELETE FROM ${table} WHERE sessionId = ?`).run(sessionId);
            }
            cleanup.prepare("DELETE FROM Session WHERE id = ?").run(sessionId);
            cleanup.prepare("DELETE FROM Series WHERE id = ?").run(seriesId);
            cleanup.prepare("DELETE FROM Registrant WHERE id = ?").run(registrantId);
          })();
        } finally {
          cleanup.close();
        }
      },
    };
  } finally {
    db.close();
  }
}

/** Whether the sign-up is marked as joined, and whether it answered the evaluation. */
export function signUpState(signUpId: string): { joined: boolean; evaluated: boolean } {
  const db = new Database(E2E_DATABASE, { readonly: true, timeout: 10_000 });
  try {
    const row = db.prepare("SELECT joinedAt, evaluated FROM SignUp WHERE id = ?").get(signUpId) as { joinedAt: string | null; evaluated: number };
    return { joined: row.joinedAt !== null, evaluated: row.evaluated === 1 };
  } finally {
    db.close();
  }
}
