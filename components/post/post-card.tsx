import { Link } from "@/components/ui/link";
import type { PostSummary } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";
import { PostMeta } from "./post-meta";

export function PostCard({ post, headingLevel = 2 }: { post: PostSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = `/posts/${post.slug}`;
  return (
    <article className="border-b border-stone-200 pb-8 last:border-b-0 dark:border-stone-800">
      {post.series && (
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-accent-700 dark:text-accent-300">
          <Link href={`/series/${post.series.slug}`}>{post.series.title}</Link>
        </p>
      )}
      <Heading className="font-serif text-2xl font-bold leading-snug">
        <Link href={href} className="hover:text-accent-700 dark:hover:text-accent-300">
          {post.title}
        </Link>
      </Heading>
      <div className="mt-2">
        <PostMeta post={post} commentsHref={`${href}#comments`} />
      </div>
      {post.excerpt && <p className="mt-3 leading-relaxed">{post.excerpt}</p>}
      <p className="mt-3">
        <Link href={href} className="text-sm font-medium text-accent-700 underline dark:text-accent-300">
          {t.readMore}
          <span className="sr-only">: {post.title}</span>
        </Link>
      </p>
    </article>
  );
}
