"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "../auth/sessions";
import { deletePost } from "../data/admin-posts";
import { failure, failureFrom, type ActionState } from "./action-state";
import { refreshPostCaches } from "./refresh-post-caches";

const schema = z.object({ id: z.coerce.number().int().positive() });

export async function deletePostAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failure("Unbekannter Beitrag.");
  try {
    refreshPostCaches(await deletePost(await getCurrentUser(), parsed.data.id));
  } catch (error) {
    return failureFrom(error);
  }
  redirect("/admin");
}
