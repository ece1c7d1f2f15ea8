"use server";

import { refresh } from "next/cache";
import { getCurrentUser } from "../auth/sessions";
import { moderateComments } from "../data/comment-moderation";
import { moderateCommentsSchema } from "../validations/moderation";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshCommentCaches } from "./refresh-comment-caches";

const done = {
  approve: "Freigeschaltet.",
  unapprove: "Zurück in die Warteschlange.",
  spam: "Als Spam markiert.",
  trash: "In den Papierkorb gelegt.",
  delete: "Endgültig gelöscht.",
} as const;

export async function moderateCommentsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = moderateCommentsSchema.safeParse({
    single: formData.get("single") ?? undefined,
    action: formData.get("action") || undefined,
    ids: formData.getAll("ids"),
  });
  if (!parsed.success) {
    return failure(parsed.error.issues[0]?.message ?? "Diese Aktion ist nicht möglich.");
  }
  const { action, ids } = parsed.data;
  try {
    const { postIds } = await moderateComments(await getCurrentUser(), ids, action);
    refreshCommentCaches(postIds);
  } catch (error) {
    return failureFrom(error);
  }
  refresh();
  const count = ids.length === 1 ? "" : ` (${ids.length} Kommentare)`;
  return { ok: true, message: `${done[action]}${count}` };
}
