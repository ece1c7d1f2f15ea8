// Public reads of tags and categories, cached and tagged.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { listPublishedPosts } from "./posts";
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
  });
  return { tag: { name: tag.name, slug: tag.slug }, posts };
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
