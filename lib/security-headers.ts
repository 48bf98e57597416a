// The security headers of every response, in one place. The custom server (lib/cli/next-server.ts)
// sets the fixed ones on every response and the Content-Security-Policy on those without one;
// proxy.ts sets a per-request policy with a nonce on the per-request pages. The policy differs
// only in how inline scripts are allowed: by nonce, by hash, or not at all.

/** Microsoft Teams, for a route whose form leads there (a form's action and its redirects). */
const TEAMS = ["https://teams.microsoft.com", "https://teams.live.com"];

/** Routes whose form leads to Teams: the join page, whose button posts and is answered with a redirect there. */
export const FORMS_TO_TEAMS: readonly RegExp[] = [/^\/deelnemen\/[^/]+\/?$/];

export type ScriptAllowance = { nonce: string } | { hashes: readonly string[] };

/**
 * No inline script runs unless its nonce or hash is listed; styles come from our own files only
 * (React sets styles through the DOM, which CSP allows). Nothing may frame the site, and a form
 * posts only to the site itself (or Teams, for the routes above).
 */
export function contentSecurityPolicy(pathname: string, scripts: ScriptAllowance, formsToTeams = FORMS_TO_TEAMS): string {
  const inline = "nonce" in scripts ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((hash) => `'${hash}'`);
  const formAction = ["'self'", ...(formsToTeams.some((route) => route.test(pathname)) ? TEAMS : [])];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...inline].join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action ${formAction.join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Whether a policy allows inline scripts by nonce: then it was made for this very response. */
export const hasNonce = (policy: string) => /'nonce-/.test(policy);

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The headers every response carries, whatever it is. HSTS only when the site is served over https. */
export function fixedSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(https ? { "Strict-Transport-Security": `max-age=${ONE_YEAR_SECONDS}; includeSubDomains` } : {}),
  };
}
