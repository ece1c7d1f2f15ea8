"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { editComment } from "../data/comment-moderation";
import { editCommentSchema } from "../validations/moderation";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshCommentCaches } from "./refresh-comment-caches";

export async function editCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = editCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { id, ...changes } = parsed.data;
  try {
    const { postId } = await editComment(await getCurrentUser(), id, changes);
    refreshCommentCaches([postId]);
  } catch (error) {
    return failureFrom(error);
  }
  refresh();
  return { ok: true, message: "Kommentar gespeichert." };
}
