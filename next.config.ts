import path from "node:path";
import type { NextConfig } from "next";
import { personalViewCookies } from "./lib/comments/personal-view";

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Off: an unlisted post must render completely on its first request, so that
  // readers without JavaScript get the whole page and unknown slugs a real 404.
  partialPrefetching: false,
  reactStrictMode: true,
  // Next.js's route cache, keeping cached pages in ASCII so that they are sent without a
  // per-request conversion (lib/cache/ascii-html.mjs)
  cacheHandler: path.resolve("lib/cache/route-cache-handler.mjs"),
  poweredByHeader: false,
  // Client components format dates and pick texts in the site's language (lib/i18n/locale.ts)
  env: {
    SITE_LOCALE: process.env.SITE_LOCALE || "de",
    SITE_TIMEZONE: process.env.SITE_TIMEZONE || "Europe/Berlin",
  },
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  async rewrites() {
    return {
      // Before the file system: a reader the page must know gets the post rendered for them
      beforeFiles: personalViewCookies.map((cookie) => ({
        source: "/posts/:slug",
        has: [{ type: "cookie" as const, key: cookie }],
        destination: "/posts/:slug/kommentieren",
      })),
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
