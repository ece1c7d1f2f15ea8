"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "../auth/sessions";
import { savePost } from "../data/admin-posts";
import { fieldErrorsOf, postContentSchema } from "../validations/post";
import { failure, failureFrom, type ActionState } from "./action-state";

export type CreatePostState = (ActionState & { title?: string }) | null;

/** Starts a post from its title; the editor then autosaves everything else */
export async function createPostAction(
  _previous: CreatePostState,
  formData: FormData,
): Promise<CreatePostState> {
  const title = String(formData.get("title") ?? "").slice(0, 300);
  const parsed = postContentSchema.safeParse({
    title,
    slug: "",
    excerpt: "",
    body: "",
    kind: formData.get("kind") ?? "ARTICLE",
    tags: "",
    commentsOpen: "true",
    seoTitle: "",
    seoDescription: "",
  });
  if (!parsed.success)
    return { ...failure("Bitte prüfe die markierten Felder.", fieldErrorsOf(parsed.error)), title };
  let id: number;
  try {
    id = (await savePost(await getCurrentUser(), undefined, 0, parsed.data)).id;
  } catch (error) {
    return { ...failureFrom(error), title };
  }
  redirect(`/admin/posts/${id}`);
}
