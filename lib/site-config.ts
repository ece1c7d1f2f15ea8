// Site settings read from the environment once; see README "Configuration".
import { z } from "zod";

const schema = z.object({
  SITE_URL: z.url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Casebook"),
  SITE_DESCRIPTION: z
    .string()
    .default(
      "Geschichten aus dem Kundenalltag: Anekdoten, Serien und Erfahrungen aus Dienstleistung und Handwerk.",
    ),
  SITE_LOCALE: z.enum(["de", "en"]).default("de"),
  SITE_TIMEZONE: z.string().default("Europe/Berlin"),
  POSTS_PER_PAGE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Locale = "de" | "en";

export interface SiteConfig {
  url: string;
  name: string;
  description: string;
  locale: Locale;
  timeZone: string;
  postsPerPage: number;
}

function load(): SiteConfig {
  const env = schema.parse({
    SITE_URL: process.env.SITE_URL || undefined,
    SITE_NAME: process.env.SITE_NAME || undefined,
    SITE_DESCRIPTION: process.env.SITE_DESCRIPTION || undefined,
    SITE_LOCALE: process.env.SITE_LOCALE || undefined,
    SITE_TIMEZONE: process.env.SITE_TIMEZONE || undefined,
    POSTS_PER_PAGE: process.env.POSTS_PER_PAGE || undefined,
  });
  return {
    url: env.SITE_URL.replace(/\/$/, ""),
    name: env.SITE_NAME,
    description: env.SITE_DESCRIPTION,
    locale: env.SITE_LOCALE,
    timeZone: env.SITE_TIMEZONE,
    postsPerPage: env.POSTS_PER_PAGE,
  };
}

export const siteConfig: SiteConfig = load();

export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path.startsWith("/") ? path : `/${path}`}`;
}
