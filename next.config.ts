import type { NextConfig } from "next";
import { PUBLIC_PAGE_SOURCES } from "./lib/public-paths";

// Read when the server starts, not at build time, so one build serves any configuration.
const revalidateSeconds = Number(process.env.REVALIDATE_SECONDS) || 60;

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // A cached page past its revalidate time is rendered afresh, never served stale.
  expireTime: revalidateSeconds,
  experimental: {
    // Keep cached pages and data in memory: after a restart, possibly against another database,
    // nothing rendered by an earlier process is served.
    isrFlushToDisk: false,
    // The custom server refuses larger bodies before Next reads them (lib/cli/body-limit.ts); this
    // holds the same limit for server actions should the site ever be served without it.
    serverActions: { bodySizeLimit: "64kb" },
  },
  async rewrites() {
    // The public pages live in the cache segment app/(site)/[cached], whose pages are generated on
    // their first request and then cached: the build renders nothing from the database. Only the
    // known paths are mapped there; any other path falls through to no route and gets the 404
    // page. (A direct /cached/... request matches the catch-all too, so it is a 404 as well.)
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/cached" },
        // A session's public calendar file, the same for everyone.
        { source: "/sessies/:nummer(\\d{1,3})/agenda.ics", destination: "/api/agenda/:nummer" },
        ...PUBLIC_PAGE_SOURCES.map((source) => ({ source, destination: `/cached${source}` })),
        // Personal and organiser pages are rendered per request, outside the cache segment.
        { source: "/:path((?!(?:mijn-aanmelding|aangemeld|deelnemen|admin|api)(?:/|$)).*)", destination: "/cached/-/:path" },
      ],
      fallback: [],
    };
  },
  // The security headers every response carries are set by the custom server, which also answers
  // requests Next never sees (lib/security-headers.ts). Personal pages tighten some of them here.
  async headers() {
    return [
      {
        // A personal link must not leak through the Referer header or into a search engine.
        source: "/:personal(mijn-aanmelding|aangemeld|deelnemen)/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
      {
        // The same for an organiser's invitation or reset link. Its form posts to a route handler,
        // which, unlike a server action, takes the "null" Origin that no-referrer makes browsers send.
        source: "/admin/wachtwoord-kiezen/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
      {
        // Behind a manage link the referrer stays within the site, never further: a form post then
        // carries the real Origin, which Next requires of a server action (no-referrer sends "null").
        source: "/mijn-aanmelding/:path*",
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      },
      {
        // The same for the evaluation form behind a join link; the join page itself keeps no-referrer.
        source: "/deelnemen/:link/evaluatie",
        headers: [{ key: "Referrer-Policy", value: "same-origin" }],
      },
    ];
  },
};

export default nextConfig;
