import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security-headers";

// The per-request pages (organisers' and personal) allow their inline scripts by a nonce made for
// each request. Next reads it from the request's policy and puts it on its own scripts. The cached
// public pages are not matched here: a nonce would make them render per request, so the custom
// server allows theirs by hash (lib/cli/content-security.ts).
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(request.nextUrl.pathname, { nonce });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/admin/:path*", "/mijn-aanmelding/:path*", "/aangemeld/:path*", "/deelnemen/:path*"],
};
