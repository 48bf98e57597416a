import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN_STATE, E2E_CONTACT, E2E_DATABASE, E2E_PORT, E2E_SERVER_ENV } from "../playwright.config";
import { noJsSignUpForm } from "../support/no-js-form";
import { appFolders, handlerMethods, toUrl, type Sample } from "./app-routes";
import { expect, test } from "./support";

// Every route of the app/ tree, found from its files, answers with the security headers, and
// every HTML page's inline scripts are allowed by the policy it comes with. A new route is
// covered without anyone adding it here; a new kind of dynamic segment stops the test until it
// gets a sample value below.

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
// Valid in shape, known to nobody: the personal pages answer 404.
const UNKNOWN_LINK = `${"c".repeat(25)}.${"A".repeat(43)}`;
const UNKNOWN_RECEIPT = `YQ.${"A".repeat(43)}`;

function sessionOne(): string {
  const db = new Database(E2E_DATABASE, { readonly: true });
  try {
    return (db.prepare("SELECT id FROM Session WHERE number = 1").get() as { id: string }).id;
  } finally {
    db.close();
  }
}

function samples(): Sample {
  const values: Record<string, string> = {
    nummer: "1",
    id: sessionOne(),
    link: UNKNOWN_LINK,
    bevestiging: UNKNOWN_RECEIPT,
    keuze: "alle",
    deelnemer: "c".repeat(25),
  };
  return (segment, appPath) => {
    if (!(segment in values)) throw new Error(`No sample value for [${segment}] in app/${appPath}: add one to this test.`);
    return values[segment];
  };
}

type Probe = { method: string; url: string };

const everyPage = (sample = samples()): Probe[] => appFolders("page.tsx").map((folder) => ({ method: "GET", url: toUrl(folder, sample) }));

function everyRoute(): Probe[] {
  const sample = samples();
  const handlers = appFolders("route.ts").flatMap((folder) => handlerMethods(folder).map((method) => ({ method, url: toUrl(folder, sample) })));
  return [...everyPage(sample), ...handlers];
}

const probe = (request: APIRequestContext, { method, url }: Probe) =>
  request.fetch(url, { method, maxRedirects: 0, ...(method === "POST" ? { form: {} } : {}) });

function directives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()["content-security-policy"] ?? "";
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name, values]));
}

function expectSecurityHeaders(response: APIResponse, label: string, https = false) {
  const headers = response.headers();
  expect(response.status(), label).toBeLessThan(500);
  const csp = directives(response);
  expect(csp.get("script-src"), `${label}: script-src`).toBeDefined();
  expect(csp.get("script-src"), `${label}: script-src`).not.toEqual(expect.arrayContaining(["'unsafe-inline'"]));
  expect(csp.get("script-src"), `${label}: script-src`).not.toEqual(expect.arrayContaining(["'unsafe-eval'"]));
  expect(csp.get("frame-ancestors"), `${label}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get("base-uri"), `${label}: base-uri`).toEqual(["'none'"]);
  expect(csp.get("form-action")?.[0], `${label}: form-action`).toBe("'self'");
  expect(headers["permissions-policy"], label).toBe("camera=(), microphone=(), geolocation=()");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["referrer-policy"], label).toBeTruthy();
  const hsts = Number(/max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1] ?? 0);
  if (https) expect(hsts, `${label}: HSTS`).toBeGreaterThanOrEqual(ONE_YEAR_SECONDS);
  else expect(headers["strict-transport-security"], `${label}: no HSTS over http`).toBeUndefined();
}

/** Each inline script of an HTML answer carries the policy's nonce or has its hash listed; the rest come from the site. */
async function expectScriptsAllowed(response: APIResponse, label: string) {
  if (!/^text\/html/.test(response.headers()["content-type"] ?? "")) return;
  const scriptSrc = directives(response).get("script-src") ?? [];
  const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
  const scripts = [...(await response.text()).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length, label).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    if (/\bsrc="/.test(attributes)) expect(attributes, label).toMatch(/\bsrc="\/_next\//);
    else if (nonce) expect(attributes, `${label}: inline script without the nonce`).toContain(`nonce="${nonce}"`);
    else expect(scriptSrc, `${label}: inline script without its hash`).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
}

test.describe("on requests", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "requests only; once is enough");
  });

  test("every route in the app tree answers with the security headers, and its page's scripts are allowed", async ({ request, baseURL }) => {
    const routes = everyRoute();
    expect(routes.map((route) => route.url)).toEqual(
      expect.arrayContaining(["/", "/sessies/1", "/project", "/admin", "/admin/export", "/.well-known/security.txt", `/mijn-aanmelding/${UNKNOWN_LINK}/afmelden`]),
    );
    const organiser = await playwrightRequest.newContext({ baseURL, storageState: ADMIN_STATE });
    try {
      for (const route of routes) {
        for (const [who, client] of [["visitor", request], ["organiser", organiser]] as const) {
          const label = `${who} ${route.method} ${route.url}`;
          const response = await probe(client, route);
          expectSecurityHeaders(response, label);
          await expectScriptsAllowed(response, label);
        }
      }
    } finally {
      await organiser.dispose();
    }
  });

  test("public pages stay cached, their scripts allowed by hash; organisers' pages get a nonce per request", async ({ request }) => {
    for (const encoding of ["gzip", "identity"]) {
      const cached = await request.get("/project", { headers: { "accept-encoding": encoding } });
      // A nonce would have made it a per-request page: `private, no-store` and no cache state.
      expect(cached.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
      expect(cached.headers()["x-nextjs-cache"]).toBeDefined();
      expect(directives(cached).get("script-src")).toEqual(expect.arrayContaining([expect.stringMatching(/^'sha256-/)]));
      await expectScriptsAllowed(cached, `/project (${encoding})`);
    }
    const [one, two] = [await request.get("/admin/inloggen"), await request.get("/admin/inloggen")];
    const nonces = [one, two].map((response) => directives(response).get("script-src")?.find((value) => value.startsWith("'nonce-")));
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("a page answered 304 Not Modified carries the hashes of the version the browser kept", async ({ request }) => {
    const full = await request.get("/sessies/2");
    const again = await request.get("/sessies/2", { headers: { "if-none-match": full.headers().etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["content-security-policy"]).toBe(full.headers()["content-security-policy"]);
  });

  test("404 answers carry the headers, and the 404 page's scripts are allowed by hash", async ({ request, baseURL }) => {
    const organiser = await playwrightRequest.newContext({ baseURL, storageState: ADMIN_STATE });
    try {
      for (const [client, url] of [
        [request, "/bestaat-niet"],
        [request, "/sessies/999"],
        [request, `/mijn-aanmelding/${UNKNOWN_LINK}`],
        [request, `/aangemeld/${UNKNOWN_RECEIPT}`],
        [organiser, "/admin/sessies/cm0000000000000000000000a"],
      ] as const) {
        const response = await client.get(url);
        expect(response.status(), url).toBe(404);
        expectSecurityHeaders(response, url);
        await expectScriptsAllowed(response, url);
        expect(await response.text()).toContain("niet gevonden");
      }
    } finally {
      await organiser.dispose();
    }
  });

  test("a server action posted without JavaScript is answered with the headers, its page's scripts allowed", async ({ request, baseURL }) => {
    const form = await noJsSignUpForm(`${baseURL}/`, { name: "Zonder Toestemming", email: "geen-adres" });
    const response = await request.post("/", { multipart: form, headers: { origin: baseURL! }, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, "registerAction");
    await expectScriptsAllowed(response, "registerAction");
    expect(await response.text()).toContain("geen-adres");
  });

  test("a body over 64 kB is refused with 413 before anything is written, and one without a length with 411", async ({ request, baseURL }) => {
    const count = () => {
      const db = new Database(E2E_DATABASE, { readonly: true });
      try {
        return db.prepare("SELECT (SELECT count(*) FROM Registrant) AS registrants, (SELECT count(*) FROM SignUp) AS signUps").get();
      } finally {
        db.close();
      }
    };
    const before = count();
    const form = await noJsSignUpForm(`${baseURL}/`, { name: "Te Groot", email: "te-groot@e2e.example.nl" });
    // A field the form does not have: without the limit this would be a valid sign-up.
    form.append("opmerking", "x".repeat(70 * 1024));
    for (const url of ["/", `/mijn-aanmelding/${UNKNOWN_LINK}/afmelden`]) {
      const response = await request.post(url, { multipart: form, headers: { origin: baseURL! }, maxRedirects: 0 });
      expect(response.status(), url).toBe(413);
      expectSecurityHeaders(response, `413 ${url}`);
    }
    // Playwright always sends a length; a streamed body goes by hand.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const post = http.request(`${baseURL}/`, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      post.on("error", reject);
      post.end("x".repeat(70 * 1024));
    });
    expect(status).toBe(411);
    expect(count()).toEqual(before);
  });

  test("security.txt names the contact and expires within a year, counted from now", async ({ request }) => {
    const response = await request.get("/.well-known/security.txt");
    expect(response.headers()["content-type"]).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain(`Contact: mailto:${E2E_CONTACT}\n`);
    expect(text).toContain("Preferred-Languages: nl, en\n");
    expect(text).not.toContain("Canonical:"); // only over https
    const expires = new Date(/^Expires: (.+)$/m.exec(text)?.[1] ?? "").getTime();
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThanOrEqual(Date.now() + ONE_YEAR_SECONDS * 1000);
  });
});

test.describe("served over https", () => {
  const port = E2E_PORT + 27;
  const appUrl = "https://sessies.e2e.example.nl";
  let server: ReturnType<typeof spawn> | undefined;

  test.beforeAll(async ({}, testInfo) => {
    if (testInfo.project.name !== "desktop") return;
    // A second instance of the same build and database, told it is reached over https. Without
    // ADMIN_* it leaves the organiser (and so the other tests' sign-in) alone, and sends no mail.
    const config: Record<string, string> = { ...E2E_SERVER_ENV };
    delete config.ADMIN_EMAIL;
    delete config.ADMIN_PASSWORD;
    server = spawn("npx", ["tsx", "--require", "./lib/cli/allow-server-only.cjs", "lib/cli/serve.ts"], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, ...config, PORT: String(port), APP_URL: appUrl, SCHEDULER_INTERVAL_SECONDS: "0" },
      detached: true,
      stdio: "ignore",
    });
    await expect(async () => {
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    }).toPass({ timeout: 60_000 });
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid);
  });

  test("every route also sends Strict-Transport-Security for at least a year, and security.txt its canonical address", async ({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "requests only; once is enough");
    const request = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` });
    try {
      for (const route of everyRoute()) expectSecurityHeaders(await probe(request, route), `${route.method} ${route.url}`, true);
      expect(await (await request.get("/.well-known/security.txt")).text()).toContain(`Canonical: ${appUrl}/.well-known/security.txt\n`);
    } finally {
      await request.dispose();
    }
  });
});

// The shared fixture fails these on any violation, with JavaScript and without (the no-js project).
test("every page of the app tree shows in the browser without a CSP violation", async ({ page }) => {
  for (const { url } of everyPage()) {
    await page.goto(url);
    await expect(page.locator("h1").first()).toBeVisible();
  }
});

test.describe("signed in", () => {
  test.use({ storageState: ADMIN_STATE });

  test("every organisers' page shows in the browser without a CSP violation", async ({ page }) => {
    for (const { url } of everyPage().filter((route) => route.url.startsWith("/admin"))) {
      await page.goto(url);
      await expect(page.locator("h1").first()).toBeVisible();
    }
  });
});
