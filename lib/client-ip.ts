import "server-only";
import ipaddr from "ipaddr.js";

/**
 * The visitor's address. The server (lib/cli/next-server.ts) guarantees that the last
 * X-Forwarded-For entry is either the socket's address or, behind TRUST_PROXY, the one the proxy saw.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || "unknown";
}

/**
 * What a per-IP limit counts: an IPv4 address as it is, an IPv6 address by its /64, because one
 * home or office gets a whole /64 and can pick any address in it.
 */
export function ipLimitKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip); // an IPv4-mapped IPv6 address counts as its IPv4 address
  if (address.kind() === "ipv4") return address.toString();
  const prefix = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(":")}::/64`;
}
