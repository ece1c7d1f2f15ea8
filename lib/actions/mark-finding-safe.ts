"use server";

import { getCurrentUser } from "../auth/sessions";
import { markFindingSafe } from "../data/anonymisation";
import { markSafeSchema } from "../validations/anonymisation";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

/** A finding that identifies nobody: recorded with its reason, and not flagged again for this post */
export async function markFindingSafeAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = markSafeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { postId, ...finding } = parsed.data;
  try {
    await markFindingSafe(await getCurrentUser(), postId, finding);
  } catch (error) {
    return failureFrom(error);
  }
  return { ok: true, message: "Als unbedenklich markiert." };
}
