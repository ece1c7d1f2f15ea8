"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "../auth/sessions";
import { restoreRevision } from "../data/admin-posts";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshPostCaches } from "./refresh-post-caches";

const schema = z.object({
  postId: z.coerce.number().int().positive(),
  revisionId: z.coerce.number().int().positive(),
});

export async function restoreRevisionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Unbekannte Version.");
  try {
    refreshPostCaches(
      await restoreRevision(await getCurrentUser(), parsed.data.postId, parsed.data.revisionId),
    );
  } catch (error) {
    return failureFrom(error);
  }
  redirect(`/admin/posts/${parsed.data.postId}?restored=1`);
}
