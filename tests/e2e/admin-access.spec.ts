import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { E2E_DATABASE } from "../playwright.config";
import { appFolders, toUrl } from "./app-routes";
import { expect, test } from "./support";

// Every entrance to the organisers' part, found from the app/ tree and the build's manifest, so
// a new page, route handler or server action is tested without anyone adding it here.

const root = path.resolve(__dirname, "../..");
const SIGN_IN = "/admin/inloggen";
const SOME_ID = "cm0000000000000000000000a";
// Open without a session by design, and nothing else: signing in, asking for a reset link, and
// choosing a password behind an invitation or reset link (the link is the credential).
const PUBLIC_ACTIONS = ["app/admin/actions.ts#signInAction", "app/admin/wachtwoord-vergeten/actions.ts#forgotPasswordAction"];
const CHOOSE_PASSWORD = `/admin/wachtwoord-kiezen/${SOME_ID}`;
const PUBLIC_PAGES = [SIGN_IN, "/admin/wachtwoord-vergeten", CHOOSE_PASSWORD];
const PUBLIC_HANDLERS = [`${CHOOSE_PASSWORD}/opslaan`];

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "requests only; once is enough");
});

/** URL paths of the app/ files called `name` below `dir`, with ids filled in. */
const routes = (dir: string, name: string) => appFolders(name, dir).map((folder) => toUrl(folder, () => SOME_ID));

type Action = { id: string; source: string; page: string };

function adminActions(): Action[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node as Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>)
    .filter(([, action]) => action.filename.startsWith("app/admin/"))
    .map(([id, action]) => ({
      id,
      source: `${action.filename}#${action.exportedName}`,
      page: toUrl(Object.keys(action.workers)[0].replace(/^app\//, "").replace(/\/page$/, ""), () => SOME_ID),
    }));
}

function isSignInRedirect(status: number, location: string | undefined) {
  return [302, 303, 307, 308].includes(status) && !!location && new URL(location, "http://x").pathname === SIGN_IN;
}

/** Counts that any admin mutation would change. Alerts are left out: the scheduler queues them meanwhile, on its own. */
function snapshot() {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM AuditEntry) AS audit, (SELECT count(*) FROM SignUp WHERE status = 'cancelled') AS cancelled,
                (SELECT count(*) FROM Registrant) AS registrants,
                (SELECT count(*) FROM Organiser) AS organisers, (SELECT sum(dailySummary) FROM Organiser) AS summaries, (SELECT count(*) FROM OutboxMail WHERE kind NOT LIKE 'alert-%' AND kind <> 'daily-summary') AS mails,
                (SELECT group_concat(title || coalesce(teamsUrl, '') || coalesce(capacity, '') || coalesce(cancelledAt, '')) FROM Session) AS sessions,
                (SELECT group_concat(title || intro || startsOn || endsOn || partnerCountries || funding) FROM ProjectPage) AS project,
                (SELECT group_concat(position || heading || level || body) FROM ProjectSection) AS sections,
                (SELECT group_concat(position || name || role || groups) FROM Researcher) AS researchers`,
      )
      .get();
  } finally {
    db.close();
  }
}

test("every admin page without a session redirects to sign-in, showing no data", async ({ request }) => {
  const pages = routes("admin", "page.tsx").filter((url) => !PUBLIC_PAGES.includes(url));
  expect(pages).toEqual(expect.arrayContaining(["/admin", "/admin/aanmeldingen", "/admin/mail", "/admin/logboek", "/admin/project", "/admin/meldingen"]));
  for (const url of pages) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(isSignInRedirect(response.status(), response.headers().location), `${url}: ${response.status()}`).toBe(true);
    expect(await response.text()).not.toMatch(/@e2e\.example\.nl|@example\.nl/);
  }
});

test("every admin route handler without a session answers 401 or 403", async ({ request }) => {
  const handlers = routes("admin", "route.ts").filter((url) => !PUBLIC_HANDLERS.includes(url));
  expect(handlers).toContain("/admin/export");
  for (const url of handlers) {
    for (const method of ["GET", "POST"] as const) {
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      if (response.status() === 405) continue;
      expect([401, 403], `${method} ${url}`).toContain(response.status());
      expect(await response.text()).not.toContain("@");
    }
  }
});

test("every admin server action posted without a session redirects to sign-in and changes nothing", async ({ request, baseURL }) => {
  const actions = adminActions();
  expect(actions.map((action) => action.source)).toEqual(expect.arrayContaining(PUBLIC_ACTIONS));
  const guarded = actions.filter((action) => !PUBLIC_ACTIONS.includes(action.source));
  expect(guarded.length).toBeGreaterThanOrEqual(5);

  const db = new Database(E2E_DATABASE, { readonly: true });
  const ids = db.prepare("SELECT (SELECT id FROM SignUp LIMIT 1) AS signUp, (SELECT id FROM Registrant LIMIT 1) AS registrant, (SELECT id FROM Session LIMIT 1) AS session, (SELECT id FROM Organiser LIMIT 1) AS organiser").get() as Record<string, string>;
  db.close();
  const before = snapshot();

  for (const action of guarded) {
    // Posted the way a browser without JavaScript posts a form, with plausible fields.
    const response = await request.post(action.page, {
      maxRedirects: 0,
      headers: { origin: baseURL! },
      multipart: {
        [`$ACTION_ID_${action.id}`]: "",
        signUp: ids.signUp ?? SOME_ID,
        registrant: ids.registrant ?? SOME_ID,
        session: ids.session,
        id: ids.session,
        organiser: ids.organiser,
        title: "Overgenomen",
        heading: "Overgenomen",
        level: "2",
        body: "Overgenomen",
        name: "Overgenomen",
        role: "Overgenomen",
        soort: "onderdeel",
        richting: "up",
        teamsUrl: "https://teams.microsoft.com/l/meetup-join/evil",
        capacity: "1",
        current: "x",
        next: "Overgenomen-Wachtwoord-2027",
        repeat: "Overgenomen-Wachtwoord-2027",
        dagoverzicht: "aan",
      },
    });
    expect(isSignInRedirect(response.status(), response.headers().location), `${action.source}: ${response.status()}`).toBe(true);
  }
  expect(snapshot()).toEqual(before);
});

test("the open pages under /admin are exactly the public ones, and a forged password link opens nothing and changes nothing", async ({ request }) => {
  expect(routes("admin", "page.tsx")).toEqual(expect.arrayContaining(PUBLIC_PAGES));
  expect(routes("admin", "route.ts")).toEqual(expect.arrayContaining(PUBLIC_HANDLERS));
  const before = snapshot();
  const forged = `${SOME_ID}.reset.${Math.floor(Date.now() / 1000) + 3600}.${"A".repeat(43)}`;
  for (const link of [SOME_ID, forged]) {
    const page = await request.get(`/admin/wachtwoord-kiezen/${link}`, { maxRedirects: 0 });
    expect(page.status()).toBe(200);
    expect(page.headers()["referrer-policy"]).toBe("no-referrer");
    const html = await page.text();
    expect(html).toContain("Deze link werkt niet meer");
    expect(html).not.toContain("<form");
    expect(html).not.toMatch(/@e2e\.example\.nl|@example\.nl/);
    const post = await request.post(`/admin/wachtwoord-kiezen/${link}/opslaan`, {
      maxRedirects: 0,
      form: { next: "Overgenomen-Wachtwoord-2027", repeat: "Overgenomen-Wachtwoord-2027" },
    });
    expect(post.headers()["set-cookie"]).toBeUndefined();
    if (link === SOME_ID) expect(post.status()).toBe(404);
    else expect([post.status(), post.headers().location]).toEqual([303, `/admin/wachtwoord-kiezen/${forged}`]);
  }
  expect(snapshot()).toEqual(before);
});

test("the health check answers 200 when the database is reachable, and says nothing more", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("ok");
});
