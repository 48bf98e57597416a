import type { ServerResponse } from "node:http";

/**
 * Puts what a writeHead(status, [reason], [headers]) call carries onto the response itself, for a
 * wrapper that decides about the response before its headers go out: getHeader() then sees them,
 * and a later writeHead(status) sends them with the same status and reason.
 */
export function takeWriteHeadArgs(res: ServerResponse, status: number, rest: unknown[]): void {
  res.statusCode = status;
  if (typeof rest[0] === "string") res.statusMessage = rest[0];
  const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
  const pairs = Array.isArray(headers) ? headers : Object.entries(headers ?? {});
  for (const [name, value] of pairs as [string, string | string[]][]) res.setHeader(name, value);
}
