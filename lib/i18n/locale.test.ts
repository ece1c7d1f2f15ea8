import { afterEach, describe, expect, it, vi } from "vitest";

async function loadWith(env: { SITE_LOCALE?: string; SITE_TIMEZONE?: string }) {
  vi.resetModules();
  vi.stubEnv("SITE_LOCALE", env.SITE_LOCALE ?? "");
  vi.stubEnv("SITE_TIMEZONE", env.SITE_TIMEZONE ?? "");
  return import("./locale");
}

describe("the site's language and time zone", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("defaults to German in Berlin", async () => {
    const { siteLocale, siteTimeZone } = await loadWith({});
    expect(siteLocale).toBe("de");
    expect(siteTimeZone).toBe("Europe/Berlin");
  });

  it("takes English and another time zone", async () => {
    const { siteLocale, siteTimeZone } = await loadWith({
      SITE_LOCALE: "en",
      SITE_TIMEZONE: "America/New_York",
    });
    expect(siteLocale).toBe("en");
    expect(siteTimeZone).toBe("America/New_York");
  });

  it("refuses a language it has no texts for, and a time zone Intl does not know", async () => {
    await expect(loadWith({ SITE_LOCALE: "fr" })).rejects.toThrow(/SITE_LOCALE must be "de" or "en"/);
    await expect(loadWith({ SITE_TIMEZONE: "Mars/Olympus" })).rejects.toThrow(
      /SITE_TIMEZONE must be an IANA time zone/,
    );
  });
});
