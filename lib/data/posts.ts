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

/**
 * Episode order within a series: the episode number, then publication. Posts without a number come
 * last on both databases (SQLite would otherwise put them first, PostgreSQL last).
 */
export const episodeOrder = [
  { seriesPosition: { sort: "asc", nulls: "last" } },
  { publishedAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.PostOrderByWithRelationInput[];

const reversedEpisodeOrder = [
  { seriesPosition: { sort: "desc", nulls: "first" } },
  { publishedAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.PostOrderByWithRelationInput[];

/**
 * The published episodes of a series before or after `episode` in episode order (number, numberless
 * last; then publication; then id)
 */
function episodesBeside(
  seriesId: number,
  episode: { id: number; seriesPosition: number | null; publishedAt: Date },
  side: "before" | "after",
): Prisma.PostWhereInput {
  const beyond = side === "before" ? "lt" : "gt";
  const inSamePlace: Prisma.PostWhereInput = {
    seriesPosition: episode.seriesPosition,
    OR: [
      { publishedAt: { [beyond]: episode.publishedAt } },
      { publishedAt: episode.publishedAt, id: { [beyond]: episode.id } },
    ],
  };
  const position = episode.seriesPosition;
  const otherPlace: Prisma.PostWhereInput =
    position === null
      ? // Numberless episodes come last: before them lies every numbered one, after them nothing
        side === "before"
        ? { seriesPosition: { not: null } }
        : { id: { in: [] } }
      : side === "before"
        ? { seriesPosition: { lt: position } }
        : { OR: [{ seriesPosition: { gt: position } }, { seriesPosition: null }] };
  return { seriesId, ...published, OR: [otherPlace, inSamePlace] };
}

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

const oldestFirst = [
  { publishedAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.PostOrderByWithRelationInput[];

/** The summaries of these posts, in this order */
async function summariesInOrder(ids: number[]): Promise<PostSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.post.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const position = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  tagSeriesOf(rows);
  return rows.map(toSummary);
}

const pageOf = (items: PostSummary[], page: number, total: number, perPage: number): Page<PostSummary> => ({
  items,
  page,
  total,
  totalPages: Math.max(1, Math.ceil(total / perPage)),
});

/** Reads the ids of one page of a short list, newest first, when the list knows a quicker way */
type ShortListIds = (skip: number, take: number) => Promise<number[]>;

/**
 * A page of published posts matching `where`, newest first. Pass `total` when a counter knows it
 * (tags, categories, months), so the page counts no rows. The page's ids are read first from an
 * index alone, from whichever end of the list is nearer, and only those posts are then loaded
 * with their author, tags and series. A list that has its own index entries (a tag's) may pass
 * `shortListIds` to read the page from those instead.
 */
export async function listPublishedPosts(
  where: Prisma.PostWhereInput,
  page: number,
  known: { total?: number; shortListIds?: ShortListIds } = {},
  perPage = siteConfig.postsPerPage,
): Promise<Page<PostSummary>> {
  const filter = { ...where, ...published };
  const total = known.total ?? (await db.post.count({ where: filter }));
  const offset = (page - 1) * perPage;
  const take = Math.min(perPage, total - offset);
  if (take <= 0) return pageOf([], page, total, perPage);
  if (known.shortListIds)
    return pageOf(await summariesInOrder(await known.shortListIds(offset, take)), page, total, perPage);
  const fromOldest = offset + take / 2 > total / 2;
  const rows = await db.post.findMany({
    where: filter,
    orderBy: fromOldest ? oldestFirst : newestFirst,
    skip: fromOldest ? total - offset - take : offset,
    take,
    select: { id: true },
  });
  const ids = rows.map((row) => row.id);
  if (fromOldest) ids.reverse();
  return pageOf(await summariesInOrder(ids), page, total, perPage);
}

/**
 * The home page and /page/N. The monthly counters say in which month page N starts and how many
 * of that month's posts come before it, so any page reads a few entries of one month's index
 * range instead of skipping over every newer post. Months follow publishedAt, and every published
 * post has one, so month by month, newest first, is the order of the whole list.
 */
async function listLatestPosts(page: number, perPage = siteConfig.postsPerPage): Promise<Page<PostSummary>> {
  const months = await db.archiveMonth.findMany({
    where: { postCount: { gt: 0 } },
    orderBy: { month: "desc" },
  });
  const total = months.reduce((sum, month) => sum + month.postCount, 0);
  let skip = (page - 1) * perPage;
  const ids: number[] = [];
  for (const { month, postCount } of months) {
    if (ids.length >= perPage) break;
    if (skip >= postCount) {
      skip -= postCount;
      continue;
    }
    const rows = await db.post.findMany({
      where: { ...published, archiveMonth: month },
      orderBy: newestFirst,
      skip,
      take: perPage - ids.length,
      select: { id: true },
    });
    ids.push(...rows.map((row) => row.id));
    skip = 0;
  }
  return pageOf(await summariesInOrder(ids), page, total, perPage);
}

export async function getLatestPosts(page: number): Promise<Page<PostSummary>> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  return listLatestPosts(page);
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
      seriesPosition: true,
      authorId: true,
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
  const seriesNavigation =
    row.series && row.publishedAt
      ? await getSeriesNavigation(row.series, { ...row, publishedAt: row.publishedAt })
      : null;
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
    authorId: row.authorId,
  };
}

/**
 * Where an episode stands in its series. The place is a count of the episodes before it and the
 * neighbours are one row each, so a series of hundreds of episodes costs what a short one does.
 */
async function getSeriesNavigation(
  series: { id: number; title: string; slug: string; cast: CastMemberView[] },
  episode: { id: number; seriesPosition: number | null; publishedAt: Date },
): Promise<SeriesNavigation | null> {
  const neighbour = { select: { slug: true, title: true, kind: true } } as const;
  const [counter, before, previous, next] = await Promise.all([
    db.series.findUnique({ where: { id: series.id }, select: { episodeCount: true } }),
    db.post.count({ where: episodesBeside(series.id, episode, "before") }),
    db.post.findFirst({
      where: episodesBeside(series.id, episode, "before"),
      orderBy: reversedEpisodeOrder,
      ...neighbour,
    }),
    db.post.findFirst({
      where: episodesBeside(series.id, episode, "after"),
      orderBy: episodeOrder,
      ...neighbour,
    }),
  ]);
  if (!counter) return null;
  const ref = (row: typeof previous) =>
    row && { slug: row.slug, title: withCastNames(row.title, { kind: row.kind, cast: series.cast }) };
  return {
    id: series.id,
    title: series.title,
    slug: series.slug,
    position: before + 1,
    total: counter.episodeCount,
    previous: ref(previous),
    next: ref(next),
  };
}

export async function getArchiveMonths(): Promise<{ year: number; month: number; count: number }[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  // A counter per month (lib/counters.ts): the sidebar shows this on every page
  const months = await db.archiveMonth.findMany({
    where: { postCount: { gt: 0 } },
    orderBy: { month: "desc" },
  });
  return months.map(({ month, postCount }) => ({
    year: Math.floor(month / 100),
    month: month % 100,
    count: postCount,
  }));
}

export async function getPostsInMonth(year: number, month: number, page: number): Promise<Page<PostSummary>> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const archiveMonth = year * 100 + month;
  const counter = await db.archiveMonth.findUnique({ where: { month: archiveMonth } });
  return listPublishedPosts({ archiveMonth }, page, { total: counter?.postCount ?? 0 });
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

/**
 * Post ids per sitemap file. Each file covers a fixed range of ids, so one request reads at most
 * this many posts however large the archive grows (the search engines' limit is 50,000 URLs).
 */
export const SITEMAP_POST_ID_RANGE = 10_000;

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

/** Ids of the sitemap files: 0 lists the pages beside posts, 1 … n the posts by id range */
export async function getSitemapIds(): Promise<number[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  // The highest id is one index probe; a range without published posts gives an empty file
  const { _max } = await db.post.aggregate({ _max: { id: true } });
  const files = Math.ceil((_max.id ?? 0) / SITEMAP_POST_ID_RANGE);
  return Array.from({ length: files + 1 }, (_, index) => index);
}

/** Sitemap 0: the home page, series, tags and categories */
export async function getSitemapPageEntries(): Promise<SitemapEntry[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const [latest, series, tags, categories] = await Promise.all([
    db.post.findFirst({ where: published, orderBy: newestFirst, select: { updatedAt: true } }),
    db.series.findMany({ where: { episodeCount: { gt: 0 } }, select: { slug: true, updatedAt: true } }),
    db.tag.findMany({ where: { postCount: { gt: 0 } }, select: { slug: true } }),
    db.category.findMany({ where: { postCount: { gt: 0 } }, select: { slug: true } }),
  ]);
  const newest = latest?.updatedAt ?? new Date(0);
  return [
    { path: "/", lastModified: newest },
    { path: "/series", lastModified: newest },
    ...series.map((entry) => ({ path: `/series/${entry.slug}`, lastModified: entry.updatedAt })),
    ...tags.map((tag) => ({ path: `/tags/${tag.slug}`, lastModified: newest })),
    ...categories.map((category) => ({ path: `/categories/${category.slug}`, lastModified: newest })),
  ];
}

/** Sitemap `file` (1 …): the published posts whose ids fall in its range */
export async function getSitemapPostEntries(file: number): Promise<SitemapEntry[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts);
  const posts = await db.post.findMany({
    where: {
      ...published,
      id: { gt: (file - 1) * SITEMAP_POST_ID_RANGE, lte: file * SITEMAP_POST_ID_RANGE },
    },
    orderBy: { id: "asc" },
    select: { slug: true, updatedAt: true },
  });
  return posts.map((post) => ({ path: `/posts/${post.slug}`, lastModified: post.updatedAt }));
}
