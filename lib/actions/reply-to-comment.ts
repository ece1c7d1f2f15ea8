"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { replyToComment } from "../data/comment-moderation";
import { replyToCommentSchema } from "../validations/moderation";
import { fieldErrorsOf } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshCommentCaches } from "./refresh-comment-caches";

export async function replyToCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = replyToCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  try {
    const { postId } = await replyToComment(await getCurrentUser(), parsed.data.parentId, parsed.data.body);
    refreshCommentCaches([postId]);
  } catch (error) {
    return failureFrom(error);
  }
  refresh();
  return { ok: true, message: "Antwort veröffentlicht." };
}
