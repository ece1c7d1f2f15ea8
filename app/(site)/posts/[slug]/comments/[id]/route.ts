// /posts/<slug>/comments/<id>: a comment's lasting address, as mails and the author area link it.
// It sends the reader to the page that shows the comment now; a comment no longer shown leads to
// the post's comments, and a post that is gone or moved answers there as it always does.
import { redirect } from "next/navigation";
import { commentOnPage } from "@/lib/comments/addresses";
import { findCommentPage } from "@/lib/data/comments";
import { recordIdSchema } from "@/lib/validations/comment";
import { parseSlug } from "@/lib/validations/route-params";

export async function GET(_request: Request, { params }: RouteContext<"/posts/[slug]/comments/[id]">) {
  const { slug: rawSlug, id: rawId } = await params;
  const slug = parseSlug(rawSlug);
  if (!slug) redirect(`/posts/${encodeURIComponent(rawSlug)}`);
  const id = recordIdSchema.safeParse(rawId);
  const page = id.success ? await findCommentPage(slug, id.data) : null;
  redirect(page && id.success ? commentOnPage(slug, page, id.data) : `/posts/${slug}#comments`);
}
