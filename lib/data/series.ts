// Public reads of series: the index, and one series with its episodes and cast.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { castSelect, episodeOrder, published, summarySelect, toSummary } from "./posts";
import type { Prisma } from "../generated/sqlite/client";
import type { CastMemberView, Page, PostSummary } from "./types";

export type { CastMemberView };

export interface SeriesSummary {
  slug: string;
  title: string;
  description: string;
  episodeCount: number;
  latestEpisodeAt: Date | null;
}

export interface SeriesDetail extends Omit<SeriesSummary, "latestEpisodeAt"> {
  id: number;
  cast: CastMemberView[];
  /** One page of episodes; position counts from the first episode of the whole series */
  episodes: (PostSummary & { position: number })[];
  page: number;
  totalPages: number;
}

const seriesSummarySelect = {
  slug: true,
  title: true,
  description: true,
  episodeCount: true,
  latestEpisodeAt: true,
} as const satisfies Prisma.SeriesSelect;

const withEpisodes = { episodeCount: { gt: 0 } } as const satisfies Prisma.SeriesWhereInput;

/** How many series have public episodes, and a slice of them in the given order */
function countAndListSeries(slice: Pick<Prisma.SeriesFindManyArgs, "orderBy" | "skip" | "take">) {
  return Promise.all([
    db.series.count({ where: withEpisodes }),
    db.series.findMany({ ...slice, where: withEpisodes, select: seriesSummarySelect }),
  ]);
}

/** Series on one page of the index; a blog with hundreds of series would otherwise list them all at once */
export const SERIES_PER_PAGE = 20;

/** One page of the series index, alphabetically; null for a page past the last */
export async function getSeriesIndexPage(page = 1): Promise<Page<SeriesSummary> | null> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.seriesIndex);
  // The newest episode's date is a counter (lib/counters.ts), not a look at every episode
  const [total, items] = await countAndListSeries({
    orderBy: [{ title: "asc" }, { id: "asc" }],
    skip: (page - 1) * SERIES_PER_PAGE,
    take: SERIES_PER_PAGE,
  });
  const totalPages = Math.max(1, Math.ceil(total / SERIES_PER_PAGE));
  return page > totalPages ? null : { items, page, total, totalPages };
}

/** The series with the newest episodes, and how many series there are in all */
export async function getActiveSeries(limit: number): Promise<{ series: SeriesSummary[]; total: number }> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.seriesIndex);
  const [total, series] = await countAndListSeries({
    orderBy: [{ latestEpisodeAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return { series, total };
}

/** Episodes on one page of a series: long series would otherwise put hundreds of cards on one page */
export const EPISODES_PER_PAGE = 50;

/** A series with one page of its episodes, in episode order; null also for a page past the last */
export async function getSeriesPage(slug: string, page = 1): Promise<SeriesDetail | null> {
  "use cache";
  cacheLife("max");
  const skip = (page - 1) * EPISODES_PER_PAGE;
  const row = await db.series.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      episodeCount: true,
      cast: castSelect,
      posts: {
        where: published,
        orderBy: episodeOrder,
        skip,
        take: EPISODES_PER_PAGE,
        select: summarySelect,
      },
    },
  });
  if (!row || row.posts.length === 0) {
    cacheTag(cacheTags.posts, cacheTags.seriesIndex);
    if (row) cacheTag(cacheTags.series(row.id));
    return null;
  }
  cacheTag(cacheTags.series(row.id), cacheTags.posts);
  const episodes = row.posts.map((post, index) => ({ ...toSummary(post), position: skip + index + 1 }));
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    episodeCount: row.episodeCount,
    cast: row.cast,
    episodes,
    page,
    totalPages: Math.max(1, Math.ceil(row.episodeCount / EPISODES_PER_PAGE)),
  };
}

/**
 * Series to prerender at build time: those with the newest episodes. The others render on their
 * first request and are cached from then on, so the build does not grow with the archive.
 */
export async function getPrerenderedSeriesSlugs(limit = 20): Promise<string[]> {
  const latest = await db.post.groupBy({
    by: ["seriesId"],
    where: { ...published, seriesId: { not: null } },
    _max: { publishedAt: true },
    orderBy: { _max: { publishedAt: "desc" } },
    take: limit,
  });
  const ids = latest.flatMap((row) => (row.seriesId === null ? [] : [row.seriesId]));
  const rows = await db.series.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** The cast of a series by id, for rendering a draft the way its series will show it (the author's preview) */
export async function getSeriesCast(seriesId: number): Promise<CastMemberView[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.series(seriesId));
  return db.castMember.findMany({ where: { seriesId }, ...castSelect });
}
