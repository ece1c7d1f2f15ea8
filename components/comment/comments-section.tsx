// The comments of a post. The cached page shows the first page of approved comments and a form
// that gets its token in the browser; the personal view (lib/comments/personal-view.ts) adds what
// only this reader sees: their waiting comments, their remembered details, a fresh token, the
// reply target. Further pages of threads (CommentPageSection) link back to the form.
import { cookies } from "next/headers";
import { Pagination } from "@/components/ui/pagination";
import { commentPagePath } from "@/lib/comments/addresses";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";
import { getCurrentUser } from "@/lib/auth/sessions";
import { readReaderToken, readRememberedCommenter } from "@/lib/comments/reader-cookies";
import { buildThreads, type FlatComment } from "@/lib/comments/threads";
import { getAnswerableComment, getCommentPage, type CommentPage } from "@/lib/data/comments";
import { getReaderPendingComments, issueCommentForm } from "@/lib/data/comment-submission";
import { getCommentWindow } from "@/lib/data/public-settings";
import { t } from "@/lib/i18n/messages";
import { CommentForm, type ReaderForm } from "./comment-form";
import { CommentList, OWN_COMMENTS_SLOT } from "./comment-thread";

export interface CommentedPost {
  id: number;
  slug: string;
  title: string;
  commentsOpen: boolean;
  publishedAt: Date;
  authorId: string;
}

interface ReaderView {
  pending: FlatComment[];
  form: ReaderForm;
}

export async function CommentsSection({
  post,
  reader = null,
}: {
  post: CommentedPost;
  reader?: ReaderView | null;
}) {
  const [firstPage, commentWindow] = await Promise.all([getCommentPage(post.id, 1), getCommentWindow(post)]);
  const approved = firstPage ?? { total: 0, page: 1, totalPages: 1, comments: [] };
  const threads = buildThreads([...approved.comments, ...(reader?.pending ?? [])], post.authorId);
  return (
    <>
      <CommentsHeading post={post} count={approved.total} />
      {threads.length > 0 ? (
        <CommentList comments={threads} replyHref={commentWindow.open ? replyHref(post.slug) : null} />
      ) : (
        commentWindow.open && <p>{t.noCommentsYet}</p>
      )}
      <CommentPagination postSlug={post.slug} comments={approved} />
      <div id={OWN_COMMENTS_SLOT} className="mt-6 empty:hidden" />
      {commentWindow.open ? (
        <CommentForm
          postId={post.id}
          postSlug={post.slug}
          closesAt={commentWindow.closesAt}
          reader={reader?.form ?? null}
        />
      ) : (
        <p className="mt-6 font-medium">{t.commentsClosed}</p>
      )}
    </>
  );
}

/** A later page of a post's threads, under the page's own heading; answering and commenting happen on the post's own page */
export async function CommentPageSection({ post, comments }: { post: CommentedPost; comments: CommentPage }) {
  const commentWindow = await getCommentWindow(post);
  const linkClass = "font-medium text-accent-700 underline dark:text-accent-300";
  return (
    <>
      <CommentList
        comments={buildThreads(comments.comments, post.authorId)}
        replyHref={commentWindow.open ? replyHref(post.slug) : null}
      />
      <CommentPagination postSlug={post.slug} comments={comments} />
      {commentWindow.open ? (
        <p className="mt-6">
          <a href={`/posts/${post.slug}#respond`} className={linkClass}>
            {t.writeComment}
          </a>
        </p>
      ) : (
        <p className="mt-6 font-medium">{t.commentsClosed}</p>
      )}
    </>
  );
}

function CommentsHeading({ post, count }: { post: CommentedPost; count: number }) {
  return (
    <h2 id="comments-heading" className="mb-6 font-serif text-2xl font-bold">
      {count > 0 ? t.commentsHeading(count, post.title) : t.comments}
    </h2>
  );
}

/** Earlier and later threads; page 1 is the post itself */
function CommentPagination({ postSlug, comments }: { postSlug: string; comments: CommentPage }) {
  return (
    <Pagination
      basePath={`/posts/${postSlug}`}
      page={comments.page}
      totalPages={comments.totalPages}
      labels={{ previous: t.earlierComments, next: t.laterComments }}
      hrefFor={(target) =>
        target === 1 ? `${commentPagePath(postSlug, 1)}#comments` : commentPagePath(postSlug, target)
      }
    />
  );
}

/** Without JavaScript, "Antworten" opens the personal view with the form set to answer */
function replyHref(slug: string) {
  return (commentId: number) => `/posts/${slug}/kommentieren?antwort=${commentId}#respond`;
}

/** The comments as this reader sees them (rendered per request, inside Suspense) */
export async function PersonalCommentsSection({
  post,
  replyTo,
}: {
  post: CommentedPost;
  replyTo: number | null;
}) {
  const jar = await cookies();
  const [target, pending, form, remembered, user] = await Promise.all([
    replyTo === null ? null : getAnswerableComment(post.id, replyTo),
    readReaderToken().then((token) => getReaderPendingComments(post.id, token)),
    issueCommentForm(post.id),
    readRememberedCommenter(),
    jar.has(SESSION_COOKIE) ? getCurrentUser() : null,
  ]);
  const reader: ReaderView = {
    pending: pending.map((comment) => ({ ...comment, userId: null, pending: true })),
    form: {
      ...form,
      signedInAs: user?.name ?? null,
      defaults: user
        ? { name: user.name, email: user.email, url: "", remember: false }
        : {
            name: remembered?.name ?? "",
            email: remembered?.email ?? "",
            url: remembered?.url ?? "",
            remember: remembered !== null,
          },
      replyTo: target ? { id: target.id, name: target.authorName } : null,
    },
  };
  return <CommentsSection post={post} reader={reader} />;
}
