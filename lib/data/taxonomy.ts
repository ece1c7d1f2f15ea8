// Public reads of tags and categories, cached and tagged.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { listPublishedPosts, listPublishedPostsAmong } from "./posts";
import type { Page, PostSummary, TermRef } from "./types";

export interface TagWithCount extends TermRef {
  postCount: number;
}

/** Tags in use, alphabetically, with how many published posts carry each */
export async function getTagCloud(limit = 60): Promise<TagWithCount[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.taxonomy);
  const tags = await db.tag.findMany({
    where: { postCount: { gt: 0 } },
    orderBy: [{ postCount: "desc" }, { name: "asc" }],
    take: limit,
    select: { name: true, slug: true, postCount: true },
  });
  return tags.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getCategories(): Promise<TagWithCount[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.taxonomy);
  return db.category.findMany({
    where: { postCount: { gt: 0 } },
    orderBy: { name: "asc" },
    select: { name: true, slug: true, postCount: true },
  });
}

export async function getTagPage(
  slug: string,
  page: number,
): Promise<{ tag: TermRef; posts: Page<PostSummary> } | null> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.taxonomy);
  const tag = await db.tag.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, postCount: true },
  });
  if (!tag) return null;
  return { tag: { name: tag.name, slug: tag.slug }, posts: await listTaggedPosts(tag, page) };
}

/**
 * Up to this many posts, a tag's page reads the tag's own entries. Most of a large blog's tags
 * have a few dozen posts spread over the whole archive: walking the date index newest first until
 * ten of them turn up read most of 100,000 posts (SQLite, 25 ms a page). A tag with more posts
 * than this turns up ten within a few thousand entries of the index. The ids go to the database
 * as bound values, of which Prisma's SQLite driver takes fewer than 1,000 per query.
 */
export const FEW_POSTS = 500;

/** A page of a tag's published posts, newest first */
export async function listTaggedPosts(
  tag: { id: number; postCount: number },
  page: number,
  { fewPosts = FEW_POSTS }: { fewPosts?: number } = {},
): Promise<Page<PostSummary>> {
  if (tag.postCount <= fewPosts) {
    const entries = await db.postTag.findMany({ where: { tagId: tag.id }, select: { postId: true } });
    return listPublishedPostsAmong(
      entries.map((entry) => entry.postId),
      page,
    );
  }
  return listPublishedPosts({ tags: { some: { tagId: tag.id } } }, page, { total: tag.postCount });
}

export async function getCategoryPage(
  slug: string,
  page: number,
): Promise<{ category: TermRef & { description: string }; posts: Page<PostSummary> } | null> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.taxonomy);
  const category = await db.category.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, description: true, postCount: true },
  });
  if (!category) return null;
  const posts = await listPublishedPosts({ categoryId: category.id }, page, { total: category.postCount });
  return { category: { name: category.name, slug: category.slug, description: category.description }, posts };
}

export async function getPrerenderedTagSlugs(limit = 10): Promise<string[]> {
  const tags = await db.tag.findMany({
    where: { postCount: { gt: 0 } },
    orderBy: { postCount: "desc" },
    take: limit,
  });
  return tags.map((tag) => tag.slug);
}

export async function getPrerenderedCategorySlugs(): Promise<string[]> {
  const categories = await db.category.findMany({ where: { postCount: { gt: 0 } }, select: { slug: true } });
  return categories.map((category) => category.slug);
}
