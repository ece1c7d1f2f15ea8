"use server";

import { updateTag } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { updateCastMember } from "../data/admin-series";
import { cacheTags } from "../data/cache-tags";
import { updateCastMemberSchema } from "../validations/anonymisation";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

export async function updateCastMemberAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = updateCastMemberSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { seriesId, id, ...details } = parsed.data;
  try {
    await updateCastMember(await getCurrentUser(), seriesId, id, details);
  } catch (error) {
    return failureFrom(error);
  }
  // Every page of the series shows the cast's names
  updateTag(cacheTags.series(seriesId));
  return { ok: true, message: "Gespeichert." };
}
