import "server-only";

/**
 * The visitor's address. The server (lib/cli/next-server.ts) guarantees that the last
 * X-Forwarded-For entry is either the socket's address or, behind TRUST_PROXY, the one the proxy saw.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || "unknown";
}
