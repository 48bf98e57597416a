import type { IncomingMessage, ServerResponse } from "node:http";

/** The most a request body may hold: far more than any form of the site sends. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Answers a request whose body is too large (413) or of unknown length (411) before Next reads any
 * of it, and says so (true). A body without Content-Length is refused rather than counted while it
 * streams: with a Content-Length, Node's parser hands on exactly that many bytes, so the length
 * check alone bounds every route handler and server action. Browsers always send the length.
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const length = Number(req.headers["content-length"] ?? 0);
  const status = req.headers["transfer-encoding"] ? 411 : length > MAX_BODY_BYTES ? 413 : 0;
  if (!status) return false;
  const text = status === 413 ? "Het verzoek is te groot." : "Het verzoek mist een lengte (Content-Length).";
  // The body is read and dropped while the answer goes out, then the connection is closed.
  req.resume();
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" });
  res.end(text);
  return true;
}
