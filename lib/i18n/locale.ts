// The site's language and time zone. Client components format dates and pick texts too, so these
// two settings are inlined into every bundle by next.config.ts (`env`) and checked here without
// zod, which would otherwise ship to every reader. The rest of the settings: lib/site-config.ts.

export type Locale = "de" | "en";

function readLocale(value: string | undefined): Locale {
  const locale = value || "de";
  if (locale === "de" || locale === "en") return locale;
  throw new Error(`SITE_LOCALE must be "de" or "en", not "${locale}"`);
}

function readTimeZone(value: string | undefined): string {
  const timeZone = value || "Europe/Berlin";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new Error(`SITE_TIMEZONE must be an IANA time zone such as "Europe/Berlin", not "${timeZone}"`);
  }
  return timeZone;
}

export const siteLocale: Locale = readLocale(process.env.SITE_LOCALE);
export const siteTimeZone: string = readTimeZone(process.env.SITE_TIMEZONE);
