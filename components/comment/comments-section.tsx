// The comments of a post. The cached page shows the approved comments and a form that gets its
// token in the browser; the personal view (lib/comments/personal-view.ts) adds what only this
// reader sees: their waiting comments, their remembered details, a fresh token, the reply target.
import { cookies } from "next/headers";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";
import { getCurrentUser } from "@/lib/auth/sessions";
import { readReaderToken, readRememberedCommenter } from "@/lib/comments/reader-cookies";
import { buildThreads, type FlatComment } from "@/lib/comments/threads";
import { getApprovedComments } from "@/lib/data/comments";
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
  const [approved, commentWindow] = await Promise.all([getApprovedComments(post.id), getCommentWindow(post)]);
  const threads = buildThreads([...approved.comments, ...(reader?.pending ?? [])], approved.postAuthorId);
  const count = approved.comments.length;
  return (
    <>
      <h2 id="comments-heading" className="mb-6 font-serif text-2xl font-bold">
        {count > 0 ? t.commentsHeading(count, post.title) : t.comments}
      </h2>
      {threads.length > 0 ? (
        <CommentList comments={threads} replyHref={commentWindow.open ? replyHref(post.slug) : null} />
      ) : (
        commentWindow.open && <p>{t.noCommentsYet}</p>
      )}
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
  const [approved, pending, form, remembered, user] = await Promise.all([
    getApprovedComments(post.id),
    readReaderToken().then((token) => getReaderPendingComments(post.id, token)),
    issueCommentForm(post.id),
    readRememberedCommenter(),
    jar.has(SESSION_COOKIE) ? getCurrentUser() : null,
  ]);
  const target = replyTo === null ? undefined : approved.comments.find((comment) => comment.id === replyTo);
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
