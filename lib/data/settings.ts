// Site settings stored in the database (changed by administrators in the author area).
import "server-only";
import { db } from "../db";
import type { SiteRules } from "../auth/permissions";

export async function getSiteRules(): Promise<SiteRules> {
  const row = await db.setting.findUnique({ where: { key: "requireReview" } });
  return { requireReview: row?.value === "true" };
}
