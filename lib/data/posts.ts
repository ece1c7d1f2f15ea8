// Public reads of published posts. Every function is cached and tagged with what it shows.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { renderMarkdown } from "../markdown/render";
import { mediaSrcSet, mediaUrl } from "./media";
import { siteConfig } from "../site-config";
import { cacheTags } from "./cache-tags";
import type { Prisma } from "../generated/sqlite/client";
import type { CoverImage, Page, PostDetail, PostSummary, SeriesNavigation } from "./types";

export const published = { status: "PUBLISHED" } as const satisfies Prisma.PostWhereInput;

const newestFirst = [
  { publishedAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.PostOrderByWithRelationInput[];

export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  kind: true,
  publishedAt: true,
  updatedAt: true,
  readingMinutes: true,
  commentCount: true,
  author: { select: { name: true, slug: true } },
  category: { select: { name: true, slug: true } },
  series: { select: { title: true, slug: true } },
  tags: { select: { tag: { select: { name: true, slug: true } } } },
  coverCaption: true,
  coverImage: {
    select: {
      storageKey: true,
      variants: true,
      width: true,
      height: true,
      alt: true,
      caption: true,
      credit: true,
      source: true,
    },
  },
} as const satisfies Prisma.PostSelect;

type SummaryRow = Prisma.PostGetPayload<{ select: typeof summarySelect }>;

function toCover(row: SummaryRow): CoverImage | null {
  const image = row.coverImage;
  if (!image) return null;
  return {
    src: mediaUrl(image.storageKey),
    srcSet: mediaSrcSet(image.variants),
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: row.coverCaption || image.caption,
    credit: image.credit,
    source: image.source,
  };
}

export function toSummary(row: SummaryRow): PostSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    kind: row.kind,
    // Published posts always have a date; the epoch only guards against bad data
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.updatedAt,
    readingMinutes: row.readingMinutes,
    commentCount: row.commentCount,
    author: row.author,
    category: row.category,
    series: row.series,
    tags: row.tags.map(({ tag }) => tag).sort((a, b) => a.name.localeCompare(b.name, siteConfig.locale)),
    cover: toCover(row),
  };
}

/** A page of published posts matching `where`, newest first */
export async function listPublishedPosts(
  where: Prisma.PostWhereInput,
  page: number,
  perPage = siteConfig.postsPerPage,
): Promise<Page<PostSummary>> {
  const filter = { ...where, ...published };
  const [total, rows] = await Promise.all([
    db.post.count({ where: filter }),
    db.post.findMany({
      where: filter,
      orderBy: newestFirst,
      skip: (page - 1) * perPage,
      take: perPage,
      select: summarySelect,
    }),
  ]);
  return { items: rows.map(toSummary), page, total, totalPages: Math.max(1, Math.ceil(total / perPage)) };
}

export async function getLatestPosts(page: number): Promise<Page<PostSummary>> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  return listPublishedPosts({}, page);
}

export async function getRecentPosts(limit = 5): Promise<{ slug: string; title: string }[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  return db.post.findMany({
    where: published,
    orderBy: newestFirst,
    take: limit,
    select: { slug: true, title: true },
  });
}

/** Slugs to prerender at build time: the newest posts */
export async function getPrerenderedPostSlugs(limit = 20): Promise<string[]> {
  const rows = await db.post.findMany({
    where: published,
    orderBy: newestFirst,
    take: limit,
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}

export async function getPublishedPostBySlug(slug: string): Promise<PostDetail | null> {
  "use cache";
  cacheLife("max");
  const row = await db.post.findFirst({
    where: { slug, ...published },
    select: {
      ...summarySelect,
      body: true,
      seoTitle: true,
      seoDescription: true,
      commentsOpen: true,
      seriesId: true,
      author: { select: { name: true, slug: true, bio: true } },
    },
  });
  if (!row) {
    // Publishing a post with this slug refreshes `posts`, so the miss is not cached for ever
    cacheTag(cacheTags.posts);
    return null;
  }
  cacheTag(cacheTags.post(row.id));
  if (row.seriesId !== null) cacheTag(cacheTags.series(row.seriesId));
  const seriesNavigation = row.seriesId === null ? null : await getSeriesNavigation(row.seriesId, row.id);
  return {
    ...toSummary(row),
    html: renderMarkdown(row.body),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    seriesNavigation,
    authorBio: row.author.bio,
  };
}

async function getSeriesNavigation(seriesId: number, postId: number): Promise<SeriesNavigation | null> {
  const series = await db.series.findUnique({
    where: { id: seriesId },
    select: {
      title: true,
      slug: true,
      posts: {
        where: published,
        orderBy: [{ seriesPosition: "asc" }, { publishedAt: "asc" }],
        select: { id: true, slug: true, title: true },
      },
    },
  });
  if (!series) return null;
  const index = series.posts.findIndex((episode) => episode.id === postId);
  if (index === -1) return null;
  const ref = (i: number) => {
    const episode = series.posts[i];
    return episode ? { slug: episode.slug, title: episode.title } : null;
  };
  return {
    title: series.title,
    slug: series.slug,
    position: index + 1,
    total: series.posts.length,
    previous: ref(index - 1),
    next: ref(index + 1),
  };
}

export async function getArchiveMonths(): Promise<{ year: number; month: number; count: number }[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const groups = await db.post.groupBy({
    by: ["archiveMonth"],
    where: { ...published, archiveMonth: { not: null } },
    _count: { _all: true },
    orderBy: { archiveMonth: "desc" },
  });
  return groups.flatMap((group) =>
    group.archiveMonth === null
      ? []
      : [
          {
            year: Math.floor(group.archiveMonth / 100),
            month: group.archiveMonth % 100,
            count: group._count._all,
          },
        ],
  );
}

export async function getPostsInMonth(year: number, month: number, page: number): Promise<Page<PostSummary>> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  return listPublishedPosts({ archiveMonth: year * 100 + month }, page);
}

/** Everything a feed or the sitemap lists, newest first */
export async function getFeedPosts(
  where: Prisma.PostWhereInput,
  limit: number,
): Promise<(PostSummary & { html: string })[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const rows = await db.post.findMany({
    where: { ...where, ...published },
    orderBy: newestFirst,
    take: limit,
    select: { ...summarySelect, body: true },
  });
  return rows.map((row) => ({ ...toSummary(row), html: renderMarkdown(row.body) }));
}

export async function getSitemapEntries(): Promise<{ path: string; lastModified: Date }[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const [posts, series, tags, categories] = await Promise.all([
    db.post.findMany({ where: published, orderBy: newestFirst, select: { slug: true, updatedAt: true } }),
    db.series.findMany({ where: { episodeCount: { gt: 0 } }, select: { slug: true, updatedAt: true } }),
    db.tag.findMany({ where: { postCount: { gt: 0 } }, select: { slug: true } }),
    db.category.findMany({ where: { postCount: { gt: 0 } }, select: { slug: true } }),
  ]);
  const newest = posts[0]?.updatedAt ?? new Date(0);
  return [
    { path: "/", lastModified: newest },
    ...posts.map((post) => ({ path: `/posts/${post.slug}`, lastModified: post.updatedAt })),
    { path: "/series", lastModified: newest },
    ...series.map((entry) => ({ path: `/series/${entry.slug}`, lastModified: entry.updatedAt })),
    ...tags.map((tag) => ({ path: `/tags/${tag.slug}`, lastModified: newest })),
    ...categories.map((category) => ({ path: `/categories/${category.slug}`, lastModified: newest })),
  ];
}
