"use server";

import { getCurrentUser } from "../auth/sessions";
import { savePost } from "../data/admin-posts";
import { fieldErrorsOf, savePostSchema } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshPostCaches } from "./refresh-post-caches";

export type SavePostState = ActionState<{ id: number; version: number; slug: string; savedAt: string }>;

/** Saves the editor's form: by hand, and every few seconds as an autosave */
export async function savePostAction(_previous: SavePostState, formData: FormData): Promise<SavePostState> {
  const parsed = savePostSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error));
  const { id, version, overrideReason, ...content } = parsed.data;
  try {
    const change = await savePost(await getCurrentUser(), id, version, content, { overrideReason });
    refreshPostCaches(change);
    return {
      ok: true,
      id: change.id,
      version: change.version,
      slug: change.slug,
      savedAt: new Date().toISOString(),
    };
  } catch (error) {
    return failureFrom(error);
  }
}
