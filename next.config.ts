import type { NextConfig } from "next";

// Read when the server starts, not at build time, so one build serves any configuration.
const revalidateSeconds = Number(process.env.REVALIDATE_SECONDS) || 60;

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // A cached page past its revalidate time is rendered afresh, never served stale.
  expireTime: revalidateSeconds,
  // Keep cached pages and data in memory: after a restart, possibly against another database,
  // nothing rendered by an earlier process is served.
  experimental: { isrFlushToDisk: false },
  async rewrites() {
    // The public pages live under app/[lang], whose pages are generated on their first request and
    // then cached: the build renders nothing from the database. Only the known paths are mapped
    // there; any other path falls through to no route and gets the static 404 page (Next renders
    // a notFound() thrown at request time without its HTML, which fails visitors without JS).
    const pages = ["/project", "/privacy", "/toegankelijkheid", "/link-kwijt", "/sessies/:nummer(\\d{1,3})"];
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/nl" },
        ...pages.map((source) => ({ source, destination: `/nl${source}` })),
        // Personal and organiser pages are rendered per request, outside app/[lang].
        { source: "/:path((?!(?:mijn-aanmelding|admin|api)(?:/|$)).*)", destination: "/nl/-/:path" },
      ],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // A personal link must not leak through the Referer header or into a search engine.
        source: "/mijn-aanmelding/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
