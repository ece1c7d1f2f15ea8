"use server";

import { updateTag } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { cacheTags } from "../data/cache-tags";
import { updateSiteSettings } from "../data/settings";
import { fieldErrorsOf } from "../validations/post";
import { siteSettingKeys, siteSettingsSchema } from "../validations/settings";
import { failure, failureFrom, type ActionState } from "./action-state";

export async function updateSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  // An unchecked checkbox sends nothing: every setting is read, absent ones as empty
  const input = Object.fromEntries(siteSettingKeys.map((key) => [key, formData.get(key) ?? ""]));
  const parsed = siteSettingsSchema.safeParse(input);
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  try {
    await updateSiteSettings(await getCurrentUser(), parsed.data);
  } catch (error) {
    return failureFrom(error);
  }
  updateTag(cacheTags.settings);
  return { ok: true, message: "Einstellungen gespeichert." };
}
