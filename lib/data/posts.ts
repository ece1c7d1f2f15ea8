// Public reads of published posts. Every function is cached and tagged with what it shows.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { castMembersIn } from "../markdown/cast";
import { renderPostBody, withCastNames, type PostBodyContext } from "../markdown/render";
import { mediaSrcSet, mediaUrl } from "./media";
import { siteConfig } from "../site-config";
import { cacheTags } from "./cache-tags";
import type { Prisma } from "../generated/sqlite/client";
import type { CastMemberView, CoverImage, Page, PostDetail, PostSummary, SeriesNavigation } from "./types";

export const published = { status: "PUBLISHED" } as const satisfies Prisma.PostWhereInput;

const newestFirst = [
  { publishedAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.PostOrderByWithRelationInput[];

export const castSelect = {
  orderBy: { position: "asc" },
  select: { placeholder: true, displayName: true, description: true },
} as const;

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
  // The cast decides how placeholders in the title and excerpt read
  series: { select: { id: true, title: true, slug: true, cast: castSelect } },
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

function toCover(row: SummaryRow, context: PostBodyContext): CoverImage | null {
  const image = row.coverImage;
  if (!image) return null;
  return {
    src: mediaUrl(image.storageKey),
    srcSet: mediaSrcSet(image.variants),
    width: image.width,
    height: image.height,
    alt: withCastNames(image.alt, context),
    caption: withCastNames(row.coverCaption || image.caption, context),
    credit: image.credit,
    source: image.source,
  };
}

/** Kind and cast, which decide how a post's placeholders read (lib/markdown/render.ts) */
function bodyContextOf(row: {
  kind: PostBodyContext["kind"];
  series: { cast: CastMemberView[] } | null;
}): PostBodyContext {
  return { kind: row.kind, cast: row.series?.cast ?? [] };
}

/**
 * Posts show their series' cast by name, so a cached read of posts must also be refreshed when a cast
 * changes (which refreshes `series:<id>`). Call inside the cached function, once per read.
 */
function tagSeriesOf(rows: readonly { series: { id: number } | null }[]): void {
  const ids = new Set(rows.flatMap((row) => (row.series ? [row.series.id] : [])));
  for (const id of ids) cacheTag(cacheTags.series(id));
}

export function toSummary(row: SummaryRow): PostSummary {
  const context = bodyContextOf(row);
  return {
    id: row.id,
    slug: row.slug,
    title: withCastNames(row.title, context),
    excerpt: withCastNames(row.excerpt, context),
    kind: row.kind,
    // Published posts always have a date; the epoch only guards against bad data
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.updatedAt,
    readingMinutes: row.readingMinutes,
    commentCount: row.commentCount,
    author: row.author,
    category: row.category,
    series: row.series && { title: row.series.title, slug: row.series.slug },
    tags: row.tags.map(({ tag }) => tag).sort((a, b) => a.name.localeCompare(b.name, siteConfig.locale)),
    cover: toCover(row, context),
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
  tagSeriesOf(rows);
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
  const rows = await db.post.findMany({
    where: published,
    orderBy: newestFirst,
    take: limit,
    select: { slug: true, title: true, kind: true, series: { select: { id: true, cast: castSelect } } },
  });
  tagSeriesOf(rows);
  return rows.map((row) => ({ slug: row.slug, title: withCastNames(row.title, bodyContextOf(row)) }));
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
  tagSeriesOf([row]);
  const seriesNavigation = row.seriesId === null ? null : await getSeriesNavigation(row.seriesId, row.id);
  const context = bodyContextOf(row);
  const body = renderPostBody(row.body, context);
  return {
    ...toSummary(row),
    html: body.html,
    cast: castMembersIn(body.placeholdersUsed, row.series?.cast ?? []),
    seoTitle: row.seoTitle && withCastNames(row.seoTitle, context),
    seoDescription: row.seoDescription && withCastNames(row.seoDescription, context),
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
      cast: castSelect,
      posts: {
        where: published,
        orderBy: [{ seriesPosition: "asc" }, { publishedAt: "asc" }],
        select: { id: true, slug: true, title: true, kind: true },
      },
    },
  });
  if (!series) return null;
  const index = series.posts.findIndex((episode) => episode.id === postId);
  if (index === -1) return null;
  const ref = (i: number) => {
    const episode = series.posts[i];
    return episode
      ? { slug: episode.slug, title: withCastNames(episode.title, { kind: episode.kind, cast: series.cast }) }
      : null;
  };
  return {
    id: seriesId,
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
  tagSeriesOf(rows);
  // Names only: feed readers have no CSS to show the cast's notes on hover
  return rows.map((row) => ({
    ...toSummary(row),
    html: renderPostBody(row.body, { ...bodyContextOf(row), castNotes: false }).html,
  }));
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
