// The post an author-area page is about, or a 404 when it does not exist or is not theirs.
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/sessions";
import { getPostForEditing } from "@/lib/data/admin-posts";
import { NotAuthorisedError, NotFoundError } from "@/lib/data/errors";

export async function loadPostOr404(rawId: string) {
  const user = await requireUser();
  const id = /^[1-9]\d{0,9}$/.test(rawId) ? Number(rawId) : null;
  if (!id) notFound();
  try {
    return { user, post: await getPostForEditing(user, id) };
  } catch (error) {
    // Someone else's post is "not found" for this user: nothing about it leaks
    if (error instanceof NotFoundError || error instanceof NotAuthorisedError) notFound();
    throw error;
  }
}
