// Where comments live. Page 1 of a post's comments is the post itself; further pages follow at
// /posts/<slug>/comments/page/N. A comment's permalink finds its page (app/(site)/posts/[slug]/comments/[id]).
export function commentPagePath(postSlug: string, page: number): string {
  return page === 1 ? `/posts/${postSlug}` : `/posts/${postSlug}/comments/page/${page}`;
}

/** The address to share and mail: it keeps working when the comment's page changes */
export function commentPermalink(postSlug: string, commentId: number): string {
  return `/posts/${postSlug}/comments/${commentId}`;
}

/** The comment on the page that shows it */
export function commentOnPage(postSlug: string, page: number, commentId: number): string {
  return `${commentPagePath(postSlug, page)}#comment-${commentId}`;
}
