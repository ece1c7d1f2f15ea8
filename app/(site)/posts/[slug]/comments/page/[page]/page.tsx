// /posts/<slug>/comments/page/N: the threads that no longer fit under the post. Served from the
// cache like the post; the form stays on the post's own page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/ui/link";
import { CommentPageSection } from "@/components/comment/comments-section";
import { commentPagePath } from "@/lib/comments/addresses";
import { getCommentPage } from "@/lib/data/comments";
import { getPrerenderedPostSlugs } from "@/lib/data/posts";
import { t } from "@/lib/i18n/messages";
import { atLeastOne } from "@/lib/static-params";
import { parsePageNumber } from "@/lib/validations/route-params";
import { loadPost, requirePost } from "../../../post-view";

type Props = PageProps<"/posts/[slug]/comments/page/[page]">;

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedPostSlugs(1)).map((params) => ({ ...params, page: "2" }));
}

async function loadCommentPage(slug: string, rawPage: string) {
  const page = parsePageNumber(rawPage);
  const post = page ? await loadPost(slug) : null;
  const comments = post && page ? await getCommentPage(post.id, page) : null;
  return post && comments ? { post, comments } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const found = await loadCommentPage(slug, page);
  if (!found) return { title: t.notFoundTitle };
  const { post, comments } = found;
  return {
    title: `${t.commentsPageTitle(post.title)} – ${t.pageOf(comments.page, comments.totalPages)}`,
    alternates: { canonical: commentPagePath(post.slug, comments.page) },
  };
}

export default async function CommentPagePage({ params }: Props) {
  const { slug, page } = await params;
  const found = await loadCommentPage(slug, page);
  if (!found) {
    // A moved post's old address redirects; anything else is not found
    await requirePost(slug);
    notFound();
  }
  const { post, comments } = found;
  return (
    <article className="min-w-0">
      <header>
        <p className="text-sm">
          <Link href={`/posts/${post.slug}`} className="underline">
            ← {t.backToPost(post.title)}
          </Link>
        </p>
        <h1 id="comments-heading" className="mt-3 font-serif text-3xl font-bold leading-tight">
          {t.commentsHeading(comments.total, post.title)}
        </h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">
          {t.pageOf(comments.page, comments.totalPages)}
        </p>
      </header>
      <section id="comments" aria-labelledby="comments-heading" className="mt-6 scroll-mt-6">
        <CommentPageSection post={post} comments={comments} />
      </section>
    </article>
  );
}
