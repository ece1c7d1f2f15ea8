// The post page's content, shared by the cached page everyone gets (page.tsx) and the personal
// view for readers the page must know (kommentieren/page.tsx, see lib/comments/personal-view.ts).
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CoverFigure } from "@/components/post/cover-figure";
import { PostCast } from "@/components/post/post-cast";
import { PostJsonLd } from "@/components/post/post-json-ld";
import { PostMeta } from "@/components/post/post-meta";
import { SeriesBadge, SeriesNavigation } from "@/components/series/series-navigation";
import { SubscribeForm } from "@/components/subscription/subscribe-form";
import { getPublishedPostBySlug } from "@/lib/data/posts";
import { getRedirectTarget } from "@/lib/data/redirects";
import type { PostDetail } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";
import { absoluteUrl } from "@/lib/site-config";
import { parseSlug } from "@/lib/validations/route-params";

export async function loadPost(rawSlug: string): Promise<PostDetail | null> {
  const slug = parseSlug(rawSlug);
  return slug ? getPublishedPostBySlug(slug) : null;
}

/** The post, or its new address when it moved, or the 404 page */
export async function requirePost(rawSlug: string): Promise<PostDetail> {
  const post = await loadPost(rawSlug);
  if (post) return post;
  // A post whose address changed answers at its old one with a permanent redirect
  const target = parseSlug(rawSlug) ? await getRedirectTarget(`/posts/${rawSlug}`) : null;
  if (target) permanentRedirect(target);
  notFound();
}

export function postMetadata(post: PostDetail | null): Metadata {
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

export function PostArticle({ post, comments }: { post: PostDetail; comments: React.ReactNode }) {
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
      {post.seriesNavigation && (
        <>
          <SeriesNavigation navigation={post.seriesNavigation} />
          <div className="mt-8">
            <SubscribeForm
              seriesId={post.seriesNavigation.id}
              heading="Neue Folgen per E-Mail"
              note={`Verpasse keine Folge von „${post.seriesNavigation.title}“. Du bestätigst per E-Mail und meldest dich mit einem Klick wieder ab.`}
            />
          </div>
        </>
      )}
      <section id="comments" aria-labelledby="comments-heading" className="mt-12 scroll-mt-6">
        {comments}
      </section>
    </article>
  );
}
