// Site settings read from the environment once; see README "Configuration". Server code only:
// client components get the language and time zone from lib/i18n/locale.ts.
import { z } from "zod";
import { siteLocale, siteTimeZone, type Locale } from "./i18n/locale";

const schema = z.object({
  SITE_URL: z.url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Casebook"),
  SITE_DESCRIPTION: z
    .string()
    .default(
      "Geschichten aus dem Kundenalltag: Anekdoten, Serien und Erfahrungen aus Dienstleistung und Handwerk.",
    ),
  POSTS_PER_PAGE: z.coerce.number().int().min(1).max(100).default(10),
  // The reverse proxy's own address for the app (deploy/nginx): lib/cache/proxy-refresh.ts
  PROXY_REFRESH_URL: z.url({ protocol: /^http$/ }).optional(),
});

export interface SiteConfig {
  url: string;
  name: string;
  description: string;
  locale: Locale;
  timeZone: string;
  postsPerPage: number;
  proxyRefreshUrl?: string;
}

function load(): SiteConfig {
  const env = schema.parse({
    SITE_URL: process.env.SITE_URL || undefined,
    SITE_NAME: process.env.SITE_NAME || undefined,
    SITE_DESCRIPTION: process.env.SITE_DESCRIPTION || undefined,
    POSTS_PER_PAGE: process.env.POSTS_PER_PAGE || undefined,
    PROXY_REFRESH_URL: process.env.PROXY_REFRESH_URL || undefined,
  });
  return {
    url: env.SITE_URL.replace(/\/$/, ""),
    name: env.SITE_NAME,
    description: env.SITE_DESCRIPTION,
    locale: siteLocale,
    timeZone: siteTimeZone,
    postsPerPage: env.POSTS_PER_PAGE,
    ...(env.PROXY_REFRESH_URL ? { proxyRefreshUrl: env.PROXY_REFRESH_URL } : {}),
  };
}

export const siteConfig: SiteConfig = load();

export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path.startsWith("/") ? path : `/${path}`}`;
}
