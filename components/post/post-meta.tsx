import { Link } from "@/components/ui/link";
import type { PostSummary } from "@/lib/data/types";
import { formatLongDate } from "@/lib/format";
import { t } from "@/lib/i18n/messages";

/** Links here are 24 px tall, and wrapped lines 4 px apart, so that each is easy to hit (WCAG 2.5.8) */
const metaLink = "inline-block py-0.5 hover:underline";

/** Date, author, category, reading time and comment count of a post */
export function PostMeta({ post, commentsHref }: { post: PostSummary; commentsHref?: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      <time dateTime={post.publishedAt.toISOString()}>{formatLongDate(post.publishedAt)}</time>
      <span aria-hidden="true">·</span>
      <span>
        {t.by}{" "}
        <Link href={`/authors/${post.author.slug}`} rel="author" className={metaLink}>
          {post.author.name}
        </Link>
      </span>
      {post.category && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            {t.postedIn}{" "}
            <Link href={`/categories/${post.category.slug}`} className={metaLink}>
              {post.category.name}
            </Link>
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{t.readingTime(post.readingMinutes)}</span>
      <span aria-hidden="true">·</span>
      {commentsHref ? (
        <Link href={commentsHref} className={metaLink}>
          {t.commentCount(post.commentCount)}
        </Link>
      ) : (
        <span>{t.commentCount(post.commentCount)}</span>
      )}
    </p>
  );
}
