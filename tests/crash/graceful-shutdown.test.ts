import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { noJsSignUpForm } from "../support/no-js-form";
import { groupAlive, killSite, startSite, waitFor, type SiteProcess } from "../support/site-process";
import { startSmtp, type TestSmtp } from "../support/smtp";

// SIGTERM, as a supervisor stops the site: what is running finishes, within 10 seconds.
const databaseUrl = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cosie-shutdown-")), "app.db")}`;
let smtp: TestSmtp;
let site: SiteProcess;
let db: Db;

beforeAll(async () => {
  smtp = await startSmtp();
  site = await startSite("start", {
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    PROGRAMME_YEAR: String(new Date().getFullYear() + 1),
    MAIL_RATE_PER_SECOND: "1000",
    ADMIN_EMAIL: "beheer@shutdown.example.nl",
    ADMIN_PASSWORD: "Beheer-Shutdown-Wachtwoord-2027",
  });
  db = createDb(databaseUrl);
});

afterAll(async () => {
  if (site && groupAlive(site)) await killSite(site);
  await db?.$disconnect();
  await smtp?.close();
});

/**
 * A form post whose body is sent in two halves, with its length up front as a browser sends it
 * (the server refuses a body of unknown length): the request is running until the second half.
 */
async function slowPost(url: string, form: FormData) {
  const encoded = new Response(form);
  const bytes = Buffer.from(await encoded.arrayBuffer());
  const request = http.request(url, {
    method: "POST",
    headers: { origin: new URL(url).origin, "content-type": encoded.headers.get("content-type")!, "content-length": bytes.length },
  });
  const response = new Promise<{ status: number; headers: { get: (name: string) => string | null } }>((resolve, reject) => {
    request.on("error", reject);
    request.on("response", (answer) => {
      answer.resume();
      resolve({ status: answer.statusCode ?? 0, headers: { get: (name) => (answer.headers[name] as string | undefined) ?? null } });
    });
  });
  request.write(bytes.subarray(0, bytes.length / 2));
  return {
    finish: () => {
      request.end(bytes.subarray(bytes.length / 2));
      return response;
    },
  };
}

describe("SIGTERM", () => {
  it("lets the running request and the mail being sent finish, then exits 0 within 10 seconds", async () => {
    // A slow mail server: the first sign-up's confirmation is mid-send when the signal comes.
    smtp.delayMs = 3000;
    const page = `${site.url}/sessies/1`;
    const first = await fetch(page, { method: "POST", body: await noJsSignUpForm(page, { name: "Anne", email: "anne@shutdown.example.nl" }), headers: { origin: site.url }, redirect: "manual" });
    expect(first.status).toBe(303);
    await waitFor(async () => (smtp.held === 1 ? true : undefined), "the mail to reach the mail server", 30);

    const second = await slowPost(page, await noJsSignUpForm(page, { name: "Bert", email: "bert@shutdown.example.nl" }));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the first half is with the server
    const signalled = Date.now();
    site.child.kill("SIGTERM"); // npm only: it passes the signal on to the server
    await waitFor(async () => ((await fetch(`${site.url}/api/health`).then(() => false, () => true)) ? true : undefined), "new connections to be refused", 5);

    const answer = await second.finish();
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toMatch(/^\/aangemeld\//);
    expect(await site.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const outbox = await db.outboxMail.findMany({ select: { recipient: true, status: true } });
    expect(outbox.find((mail) => mail.recipient === "anne@shutdown.example.nl")?.status).toBe("sent");
    // Bert's sign-up is stored; his mail waits in the outbox for the next start, not half-claimed.
    expect(outbox.find((mail) => mail.recipient === "bert@shutdown.example.nl")?.status).toBe("pending");
    expect(smtp.mails.map((mail) => mail.to)).toEqual(["anne@shutdown.example.nl"]);
    expect(groupAlive(site)).toBe(false);
  });
});
