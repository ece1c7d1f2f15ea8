// What public pages show of the site settings: whether a post still takes comments and how many
// comment threads a page shows. Cached, and refreshed when an administrator saves settings or when
// a post's comment window runs out.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "./cache-tags";
import { commentsCloseAt } from "./comment-submission";
import { getSiteSettings } from "./settings";

export interface CommentWindow {
  open: boolean;
  /** ISO time when the form goes away by itself, if it does */
  closesAt: string | null;
}

/** The settings as public pages read them: once, until an administrator saves them */
async function getPublicSiteSettings() {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.settings);
  return getSiteSettings();
}

export async function getCommentThreadsPerPage(): Promise<number> {
  return (await getPublicSiteSettings()).commentThreadsPerPage;
}

export async function getCommentWindow(post: {
  id: number;
  commentsOpen: boolean;
  publishedAt: Date;
}): Promise<CommentWindow> {
  "use cache";
  cacheTag(cacheTags.settings, cacheTags.post(post.id));
  const { closeCommentsAfterDays } = await getPublicSiteSettings();
  const closesAt = commentsCloseAt(post, closeCommentsAfterDays);
  const now = Date.now();
  const open = post.commentsOpen && (closesAt === null || closesAt.getTime() > now);
  if (open && closesAt) {
    // The page showing the form is rendered afresh when the form must go
    const seconds = Math.max(1, Math.ceil((closesAt.getTime() - now) / 1000));
    cacheLife({ stale: Math.min(seconds, 300), revalidate: seconds, expire: seconds + 1 });
  } else {
    cacheLife("max");
  }
  return { open, closesAt: closesAt?.toISOString() ?? null };
}
