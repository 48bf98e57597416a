import { createServer } from "node:http";
import next from "next";
import { servePage } from "../served-pages";
import { prerenderedNotFound, sendFullNotFoundPage } from "./not-found-page";
import { shutDownOnSignals } from "./shutdown";

/**
 * Serves the built site, with the full 404 page for every 404 (./not-found-page.ts). Unless a trusted reverse proxy sits in front (TRUST_PROXY), a client's
 * own X-Forwarded-For is dropped, so Next fills in the socket's address and rate limits per IP
 * cannot be dodged by sending a made-up one.
 */
export async function serveNext(options: { port: number; hostname?: string; trustProxy: boolean; revalidateSeconds: number }) {
  // A public page's finished response is kept a second at most, and never long next to REVALIDATE_SECONDS.
  const keepMs = Math.min(1000, options.revalidateSeconds * 250);
  const app = next({ dev: false, port: options.port, hostname: options.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const notFoundPage = prerenderedNotFound();
  const server = createServer((req, res) => {
    if (!options.trustProxy) {
      delete req.headers["x-forwarded-for"];
      delete req.headers["x-real-ip"];
    }
    if (servePage(req, res, keepMs)) return;
    sendFullNotFoundPage(req, res, notFoundPage);
    void handle(req, res);
  });
  server.listen(options.port, options.hostname, () => {
    console.log(`Serving on http://${options.hostname ?? "localhost"}:${options.port}`);
  });
  shutDownOnSignals(server);
}
