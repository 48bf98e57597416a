import autocannon from "autocannon";
import { noJsSignUpForm } from "../support/no-js-form";

export type Load = { rps: number; p50: number; p99: number; errors: number };

const CONNECTIONS = 50;

/** Requests per second for one URL over `seconds`, from 127.0.0.1, with the given headers. */
export async function loadUrl(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// What autocannon keeps per connection between a post and the confirmation page it leads to.
type Context = { started?: number; location?: string };

const PLACEHOLDER = "bench-000000000@bench.example.nl";

/**
 * `count` sign-ups from 50 concurrent clients, each posting the real form without JavaScript and
 * then fetching the confirmation page it is sent to: a sign-up counts once that page is served.
 * Latency is per sign-up, from the post until the page has arrived.
 */
export async function loadSignUps(base: string, count: number): Promise<Load & { signUps: number }> {
  // The first session's page, where that session is already checked; the form posts to its page.
  const page = "/sessies/1";
  const template = new Response(await noJsSignUpForm(`${base}${page}`, { name: "Bench Deelnemer", email: PLACEHOLDER }));
  const contentType = template.headers.get("content-type")!;
  const body = await template.text();
  const session = body.match(/name="sessions"\r\n\r\n([a-z0-9]*)/)?.[1];
  if (!session) throw new Error("bench: the programme page offers no session to sign up for");
  let next = 0;
  const latencies: number[] = [];
  let served = 0;
  const started = performance.now();
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: count * 2,
    requests: [
      {
        method: "POST",
        path: page,
        headers: { "content-type": contentType, origin: base },
        setupRequest: (request, context: Context) => {
          context.started = performance.now();
          const email = `bench-${String(next++).padStart(9, "0")}@bench.example.nl`;
          return { ...request, body: body.replace(PLACEHOLDER, email) };
        },
        onResponse: (status, _body, context: Context, headers) => {
          // autocannon keeps the header names as the server wrote them.
          const location = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "location")?.[1];
          context.location = status === 303 ? String(location ?? "") : "";
        },
      },
      {
        method: "GET",
        setupRequest: (request, context: Context) => ({ ...request, path: context.location || "/bestaat-niet" }),
        onResponse: (status, _body, context: Context) => {
          if (status === 200) {
            served++;
            latencies.push(performance.now() - context.started!);
          }
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? NaN);
  // Every post answers 303 by design; a sign-up that did not end on its confirmation page is an error.
  return { signUps: served, rps: served / seconds, p50: at(0.5), p99: at(0.99), errors: result.errors + (count - served) };
}
