import type { CommentNode } from "@/lib/data/types";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n/messages";

/** Comment text is plain text: React escapes it; blank lines separate paragraphs */
function CommentBody({ body }: { body: string }) {
  return (
    <div className="mt-2 space-y-2 leading-relaxed break-words">
      {body.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

type ReplyHref = ((commentId: number) => string) | null;

/** Where the comment form shows a reader's new top-level comment that waits for moderation */
export const OWN_COMMENTS_SLOT = "own-comments-slot";

function CommentItem({ comment, replyHref }: { comment: CommentNode; replyHref: ReplyHref }) {
  const anchor = `comment-${comment.id}`;
  const tone = comment.pending
    ? "border-dashed border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-stone-900"
    : comment.isPostAuthor
      ? "border-accent-300 bg-accent-50 dark:border-accent-700 dark:bg-stone-900"
      : "border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900";
  return (
    <li>
      <article id={anchor} aria-labelledby={`${anchor}-author`} className="scroll-mt-6">
        <div className={`rounded-lg border p-4 ${tone}`}>
          <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <span id={`${anchor}-author`} className="font-semibold">
              {comment.authorUrl ? (
                <a href={comment.authorUrl} rel="nofollow ugc noopener" className="underline">
                  {comment.authorName}
                </a>
              ) : (
                comment.authorName
              )}
            </span>
            {comment.isPostAuthor && (
              <span className="rounded bg-accent-700 px-1.5 py-0.5 text-xs font-medium text-white">
                {t.postAuthorBadge}
              </span>
            )}
            <a
              href={`#${anchor}`}
              className="text-stone-600 hover:underline dark:text-stone-400"
              title={t.permalink}
            >
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
            </a>
          </header>
          {comment.pending && (
            <p className="mt-2 text-sm font-medium text-amber-900 dark:text-amber-300">
              {t.commentAwaitsModeration}
            </p>
          )}
          <CommentBody body={comment.body} />
          {replyHref && !comment.pending && (
            <p className="mt-2 text-sm">
              <a
                href={replyHref(comment.id)}
                data-reply-to={comment.id}
                data-reply-name={comment.authorName}
                className="font-medium text-accent-700 underline dark:text-accent-300"
                aria-label={t.replyToLabel(comment.authorName)}
              >
                {t.reply}
              </a>
            </p>
          )}
        </div>
        {/* With JavaScript, the form moves here when someone answers this comment */}
        <div id={`reply-slot-${comment.id}`} />
        {comment.replies.length > 0 && (
          <CommentList comments={comment.replies} replyHref={replyHref} nested />
        )}
      </article>
    </li>
  );
}

export function CommentList({
  comments,
  replyHref,
  nested = false,
}: {
  comments: CommentNode[];
  /** Where "Antworten" leads without JavaScript; null when comments are closed */
  replyHref: ReplyHref;
  nested?: boolean;
}) {
  return (
    <ol
      className={
        nested ? "mt-4 space-y-4 border-l-2 border-stone-200 pl-4 sm:pl-6 dark:border-stone-800" : "space-y-6"
      }
    >
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} replyHref={replyHref} />
      ))}
    </ol>
  );
}
