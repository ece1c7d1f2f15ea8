// Public author pages.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { listPublishedPosts } from "./posts";
import type { Page, PostSummary } from "./types";

export interface AuthorProfile {
  name: string;
  slug: string;
  bio: string;
}

export async function getAuthorPage(
  slug: string,
  page: number,
): Promise<{ author: AuthorProfile; posts: Page<PostSummary> } | null> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.authors);
  const author = await db.user.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, bio: true, disabledAt: true, postCount: true },
  });
  if (!author || author.disabledAt || author.postCount === 0) return null;
  // The counter (lib/counters.ts) gives the total, so no page counts the author's posts
  const posts = await listPublishedPosts({ authorId: author.id }, page, { total: author.postCount });
  return { author: { name: author.name, slug: author.slug, bio: author.bio }, posts };
}

export async function getPrerenderedAuthorSlugs(): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { disabledAt: null, posts: { some: { status: "PUBLISHED" } } },
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}
