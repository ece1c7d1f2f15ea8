"use server";

import type { PostFinding } from "../anonymisation/post-findings";
import { getCurrentUser } from "../auth/sessions";
import { checkPostTexts, type ReviewView } from "../data/anonymisation";
import { checkTextsSchema } from "../validations/anonymisation";
import { failure, failureFrom, type ActionState } from "./action-state";

export type CheckAnonymisationState = ActionState<{ findings: PostFinding[]; reviews: ReviewView[] }>;

/** "Auf Klarnamen prüfen": the guard over the texts the editor holds, saved or not; changes nothing */
export async function checkAnonymisationAction(input: unknown): Promise<CheckAnonymisationState> {
  const parsed = checkTextsSchema.safeParse(input);
  if (!parsed.success) return failure("Der Text ist zu lang für die Prüfung.");
  try {
    const result = await checkPostTexts(await getCurrentUser(), parsed.data.postId, parsed.data.texts);
    return { ok: true, ...result };
  } catch (error) {
    return failureFrom(error);
  }
}
