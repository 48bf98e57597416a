import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support";
import { actionFields } from "../support/no-js-form";
import { storedFor } from "./registration-helpers";

// Random and hostile posts, as a script without JavaScript would send them, straight at the
// running server. The answer is never a 5xx, always a page with a clear message, and nothing is
// half written. The domain itself gets many more values in tests/integration/fuzz.test.ts.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the server's answers do not depend on the browser");
});

const HOSTILE = ["<script>alert(1)</script>", '"', "'", "👩🏽‍💼", "\u202e", "\r\n", "\u0000", "%00", "../", "${x}", "=1+1", "a".repeat(300), "https://x.example"];
const value = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));
const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const RUNS = { numRuns: 25 };

async function html(request: APIRequestContext, path: string) {
  return (await request.get(path)).text();
}

test("the registration form: any post is answered with the confirmation or a Dutch message, never a 5xx or half a registration", async ({ request }) => {
  const page = await html(request, "/sessies/1");
  const session = page.match(/name="sessions" checked="" value="([a-z0-9]+)"/)![1];
  let serial = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.record({ name: maybe(value), organisation: maybe(value), role: maybe(value), website: maybe(fc.constantFrom("", "spam")) }),
      fc.oneof(fc.constant([session]), fc.array(value, { maxLength: 3 })),
      maybe(fc.constant("on")),
      maybe(value),
      async (fields, sessions, consent, extra) => {
        const email = `fuzz-${test.info().project.name}-${Date.now()}-${++serial}@e2e.example.nl`;
        const body = actionFields(page.slice(page.indexOf('<form noValidate=""')));
        for (const [key, text] of Object.entries(fields)) if (text !== undefined) body.append(key, text);
        body.append("email", email);
        for (const id of sessions) body.append("sessions", id);
        if (consent) body.append("consent", consent);
        if (extra !== undefined) body.append(extra.slice(0, 20) || "x", "forged");
        const response = await request.post("/sessies/1", { multipart: body, maxRedirects: 0 });
        expect(response.status()).toBeLessThan(500);
        const stored = storedFor({ email, organisation: "\u0000" }); // by address only: no organisation is NUL
        if (response.status() === 303) {
          expect(response.headers().location).toMatch(/^\/aangemeld\/[A-Za-z0-9_.-]+$/);
          // A robot that filled in the honeypot sees the confirmation a person would, and nothing is stored.
          const robot = fields.website !== undefined && fields.website !== "";
          expect(stored).toEqual(robot ? { registrants: 0, mails: 0 } : { registrants: 1, mails: 1 });
        } else {
          expect(await response.text()).toMatch(/Controleer het formulier|Het formulier is niet goed verstuurd|te veel aanmeldingen/);
          expect(stored).toEqual({ registrants: 0, mails: 0 });
        }
      },
    ),
    RUNS,
  );
});

test("the lost-link form and the sign-in form: any post gets a page with a message, never a 5xx", async ({ request }) => {
  const lostLink = await html(request, "/link-kwijt");
  const signIn = await html(request, "/admin/inloggen");
  await fc.assert(
    fc.asyncProperty(maybe(value), maybe(value), async (email, password) => {
      // Sign-in pauses an account a second after a wrong password; a script gets that message.
      const lost = actionFields(lostLink.slice(lostLink.indexOf('<form noValidate=""')));
      if (email !== undefined) lost.append("email", email);
      const lostAnswer = await request.post("/link-kwijt", { multipart: lost, maxRedirects: 0 });
      expect(lostAnswer.status()).toBeLessThan(500);
      expect(await lostAnswer.text()).toMatch(/Dat lukte niet|Kijk in je mail/);

      const form = actionFields(signIn.slice(signIn.indexOf('<form noValidate=""')));
      if (email !== undefined) form.append("email", email);
      if (password !== undefined) form.append("password", password);
      const answer = await request.post("/admin/inloggen", { multipart: form, maxRedirects: 0 });
      expect(answer.status()).toBeLessThan(500);
      expect(await answer.text()).toMatch(/Vul je e-mailadres in|Vul je wachtwoord in|klopt niet|wacht|te lang/i);
    }),
    { numRuns: 15 },
  );
});

test("personal links: any path is a 404 page, never a 5xx", async ({ request }) => {
  // "", "." and ".." are not links but the folder itself, which redirects to drop the slash.
  const shaped = fc.tuple(fc.stringMatching(/^[a-z0-9]{25}$/), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)).map(([id, mac]) => `${id}.${mac}`);
  await fc.assert(
    fc.asyncProperty(fc.oneof(value, shaped), fc.constantFrom("/mijn-aanmelding/", "/aangemeld/"), async (link, prefix) => {
      const response = await request.get(prefix + encodeURIComponent(link), { maxRedirects: 0 });
      if (["", ".", ".."].includes(link)) return expect(response.status()).toBe(308);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Deze pagina bestaat niet");
    }),
    RUNS,
  );
});
