"use server";

import { updateTag } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { removeCastMember } from "../data/admin-series";
import { cacheTags } from "../data/cache-tags";
import { removeCastMemberSchema } from "../validations/anonymisation";
import { failure, failureFrom, type ActionState } from "./action-state";

export async function removeCastMemberAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = removeCastMemberSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Ungültige Angaben.");
  try {
    await removeCastMember(await getCurrentUser(), parsed.data.seriesId, parsed.data.id);
  } catch (error) {
    return failureFrom(error);
  }
  updateTag(cacheTags.series(parsed.data.seriesId));
  return { ok: true, message: "Entfernt." };
}
