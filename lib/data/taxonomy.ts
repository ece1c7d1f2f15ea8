// Public reads of tags and categories, cached and tagged.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { listPublishedPosts, published } from "./posts";
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
  const posts = await listPublishedPosts({ tags: { some: { tagId: tag.id } } }, page, {
    total: tag.postCount,
    shortListIds: tag.postCount <= FEW_POSTS ? (skip, take) => taggedPostIds(tag.id, skip, take) : undefined,
  });
  return { tag: { name: tag.name, slug: tag.slug }, posts };
}

/**
 * Up to this many posts, a tag's page is read from the tag's own index entries. Most tags of a
 * large blog have a few dozen posts spread over the whole archive, and walking the archive's date
 * index newest first until ten of them turn up reads most of it (8 ms median, 19 ms p95 in SQLite
 * alone at 100,000 posts); a tag's entries sorted by date are a few hundred rows at most. A tag
 * with more posts than this turns up ten within a few thousand entries of the date index.
 */
export const FEW_POSTS = 1000;

/** One page of a tag's published posts, newest first, read from the tag's entries */
export async function taggedPostIds(tagId: number, skip: number, take: number): Promise<number[]> {
  const rows = await db.postTag.findMany({
    where: { tagId, post: published },
    orderBy: [{ post: { publishedAt: "desc" } }, { postId: "desc" }],
    skip,
    take,
    select: { postId: true },
  });
  return rows.map((row) => row.postId);
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
