"use server";

import { updateTag } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { addCastMember } from "../data/admin-series";
import { cacheTags } from "../data/cache-tags";
import { addCastMemberSchema } from "../validations/anonymisation";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

export type AddCastMemberState = ActionState<{
  member: { id: number; placeholder: string; displayName: string; description: string };
}>;

/** A new member of a series' cast: on the series page, or from a finding in the editor */
export async function addCastMemberAction(
  _previous: AddCastMemberState,
  formData: FormData,
): Promise<AddCastMemberState> {
  const parsed = addCastMemberSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { seriesId, ...member } = parsed.data;
  let id: number;
  try {
    ({ id } = await addCastMember(await getCurrentUser(), seriesId, member));
  } catch (error) {
    return failureFrom(error);
  }
  updateTag(cacheTags.series(seriesId));
  return {
    ok: true,
    message: `${member.placeholder} gehört jetzt zur Besetzung.`,
    member: { id, ...member },
  };
}
