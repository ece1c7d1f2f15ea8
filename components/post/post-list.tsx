import type { Page, PostSummary } from "@/lib/data/types";
import { t } from "@/lib/i18n/messages";
import { Pagination } from "../ui/pagination";
import { PostCard } from "./post-card";

/** A titled, paginated list of posts: home, tag, category, author and archive pages */
export function PostList({
  title,
  intro,
  posts,
  basePath,
  titleHidden = false,
}: {
  title: string;
  intro?: React.ReactNode;
  posts: Page<PostSummary>;
  basePath: string;
  titleHidden?: boolean;
}) {
  return (
    <>
      <h1 className={titleHidden ? "sr-only" : "mb-2 font-serif text-3xl font-bold"}>{title}</h1>
      {intro}
      {posts.items.length === 0 ? (
        <p className="mt-6">{t.noPosts}</p>
      ) : (
        <div className="mt-6 space-y-8">
          {posts.items.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
      )}
      <Pagination basePath={basePath} page={posts.page} totalPages={posts.totalPages} />
    </>
  );
}
