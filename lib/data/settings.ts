// Site settings stored in the database (changed by administrators in the author area).
// Each setting is one row holding its JSON value; a missing or unreadable row means the default.
import "server-only";
import { can, type Actor, type SiteRules } from "../auth/permissions";
import { db } from "../db";
import {
  defaultSiteSettings,
  siteSettingKeys,
  siteSettingsSchema,
  type SiteSettings,
} from "../validations/settings";
import { NotAuthorisedError } from "./errors";

export async function getSiteSettings(): Promise<SiteSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: siteSettingKeys } } });
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // Written by hand and broken: the default is the safe reading
    }
  }
  const parsed = siteSettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  // Keep every setting that is valid on its own
  const settings = { ...defaultSiteSettings };
  for (const key of siteSettingKeys) {
    const one = siteSettingsSchema.shape[key].safeParse(stored[key]);
    if (one.success) Object.assign(settings, { [key]: one.data });
  }
  return settings;
}

export async function getSiteRules(): Promise<SiteRules> {
  const { requireReview } = await getSiteSettings();
  return { requireReview };
}

export async function updateSiteSettings(actor: Actor | null, settings: SiteSettings): Promise<SiteSettings> {
  if (!can.manageSettings(actor)) throw new NotAuthorisedError("Einstellungen ändert die Administration.");
  await db.$transaction(
    siteSettingKeys.map((key) =>
      db.setting.upsert({
        where: { key },
        create: { key, value: JSON.stringify(settings[key]) },
        update: { value: JSON.stringify(settings[key]) },
      }),
    ),
  );
  return settings;
}
