import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CommentList } from "@/components/comment/comment-thread";
import { CoverFigure } from "@/components/post/cover-figure";
import { PostJsonLd } from "@/components/post/post-json-ld";
import { PostCast } from "@/components/post/post-cast";
import { PostMeta } from "@/components/post/post-meta";
import { SeriesBadge, SeriesNavigation } from "@/components/series/series-navigation";
import { getApprovedCommentThreads } from "@/lib/data/comments";
import { getPrerenderedPostSlugs, getPublishedPostBySlug } from "@/lib/data/posts";
import { getRedirectTarget } from "@/lib/data/redirects";
import { t } from "@/lib/i18n/messages";
import { absoluteUrl } from "@/lib/site-config";
import { atLeastOne } from "@/lib/static-params";
import { parseSlug } from "@/lib/validations/route-params";

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedPostSlugs());
}

async function loadPost(rawSlug: string) {
  const slug = parseSlug(rawSlug);
  return slug ? getPublishedPostBySlug(slug) : null;
}

export async function generateMetadata({ params }: PageProps<"/posts/[slug]">): Promise<Metadata> {
  const post = await loadPost((await params).slug);
  if (!post) return { title: t.notFoundTitle };
  const title = post.seoTitle || post.title;
  const description = post.seoDescription || post.excerpt;
  const url = `/posts/${post.slug}`;
  const images = post.cover
    ? [{ url: post.cover.src, width: post.cover.width, height: post.cover.height, alt: post.cover.alt }]
    : [];
  return {
    title,
    description,
    alternates: { canonical: url },
    authors: [{ name: post.author.name, url: absoluteUrl(`/authors/${post.author.slug}`) }],
    openGraph: {
      type: "article",
      title,
      description,
      url,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      authors: [post.author.name],
      tags: post.tags.map((tag) => tag.name),
      images,
    },
    twitter: { card: images.length ? "summary_large_image" : "summary", title, description },
  };
}

export default async function PostPage({ params }: PageProps<"/posts/[slug]">) {
  const slug = (await params).slug;
  const post = await loadPost(slug);
  if (!post) {
    // A post whose address changed answers at its old one with a permanent redirect
    const target = parseSlug(slug) ? await getRedirectTarget(`/posts/${slug}`) : null;
    if (target) permanentRedirect(target);
    notFound();
  }
  const comments = await getApprovedCommentThreads(post.id);
  return (
    <article className="min-w-0">
      <PostJsonLd post={post} />
      <header>
        {post.seriesNavigation && <SeriesBadge navigation={post.seriesNavigation} />}
        <h1 className="font-serif text-4xl font-bold leading-tight">{post.title}</h1>
        <div className="mt-3">
          <PostMeta post={post} commentsHref="#comments" />
        </div>
      </header>
      {post.cover && <CoverFigure cover={post.cover} />}
      <div
        className="prose prose-stone mt-6 max-w-none font-serif prose-headings:font-sans prose-a:text-accent-700 dark:prose-invert dark:prose-a:text-accent-300"
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
      <PostCast cast={post.cast} series={post.series} />
      <footer className="mt-8 space-y-2 text-sm">
        {post.category && (
          <p>
            <span className="font-semibold">{t.category}:</span>{" "}
            <Link href={`/categories/${post.category.slug}`} className="underline">
              {post.category.name}
            </Link>
          </p>
        )}
        {post.tags.length > 0 && (
          <p>
            <span className="font-semibold">{t.taggedWith}:</span>{" "}
            {post.tags.map((tag, index) => (
              <span key={tag.slug}>
                {index > 0 && ", "}
                <Link href={`/tags/${tag.slug}`} rel="tag" className="underline">
                  {tag.name}
                </Link>
              </span>
            ))}
          </p>
        )}
      </footer>
      {post.seriesNavigation && <SeriesNavigation navigation={post.seriesNavigation} />}
      <section id="comments" aria-labelledby="comments-heading" className="mt-12 scroll-mt-6">
        <h2 id="comments-heading" className="mb-6 font-serif text-2xl font-bold">
          {post.commentCount > 0 ? t.commentsHeading(post.commentCount, post.title) : t.comments}
        </h2>
        {comments.length > 0 ? (
          <CommentList comments={comments} />
        ) : (
          post.commentsOpen && <p>{t.noCommentsYet}</p>
        )}
        {!post.commentsOpen && <p className="mt-6 font-medium">{t.commentsClosed}</p>}
      </section>
    </article>
  );
}
