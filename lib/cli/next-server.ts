import { createServer } from "node:http";
import next from "next";
import { fixedSecurityHeaders } from "../security-headers";
import { servePage } from "../served-pages";
import { refuseOversizedBody } from "./body-limit";
import { allowInlineScriptsByHash, setStrictPolicy } from "./content-security";
import { prerenderedNotFound, sendFullNotFoundPage } from "./not-found-page";
import { shutDownOnSignals } from "./shutdown";

/**
 * Serves the built site, with the full 404 page for every 404 (./not-found-page.ts). Unless a trusted reverse proxy sits in front (TRUST_PROXY), a client's
 * own X-Forwarded-For is dropped, so Next fills in the socket's address and rate limits per IP
 * cannot be dodged by sending a made-up one. Every response carries the security headers
 * (lib/security-headers.ts), and no request body over 64 kB reaches Next (./body-limit.ts).
 */
export async function serveNext(options: { port: number; hostname?: string; trustProxy: boolean; revalidateSeconds: number; appUrl: string }) {
  // A public page's finished response is kept a second at most, and never long next to REVALIDATE_SECONDS.
  const keepMs = Math.min(1000, options.revalidateSeconds * 250);
  const app = next({ dev: false, port: options.port, hostname: options.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const notFoundPage = prerenderedNotFound();
  const securityHeaders = Object.entries(fixedSecurityHeaders({ https: new URL(options.appUrl).protocol === "https:" }));
  const server = createServer((req, res) => {
    if (!options.trustProxy) {
      delete req.headers["x-forwarded-for"];
      delete req.headers["x-real-ip"];
    }
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    setStrictPolicy(req, res);
    if (refuseOversizedBody(req, res)) return;
    if (servePage(req, res, keepMs)) return;
    // Wrapped in this order so the hashes are taken from the 404 page that is actually sent.
    allowInlineScriptsByHash(req, res);
    sendFullNotFoundPage(req, res, notFoundPage);
    void handle(req, res);
  });
  server.listen(options.port, options.hostname, () => {
    console.log(`Serving on http://${options.hostname ?? "localhost"}:${options.port}`);
  });
  shutDownOnSignals(server);
}
