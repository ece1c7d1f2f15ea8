// Public reads of series: the index, and one series with its episodes and cast.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { castSelect, published, summarySelect, toSummary } from "./posts";
import type { CastMemberView, PostSummary } from "./types";

export type { CastMemberView };

export interface SeriesSummary {
  slug: string;
  title: string;
  description: string;
  episodeCount: number;
  latestEpisodeAt: Date | null;
}

export interface SeriesDetail extends SeriesSummary {
  id: number;
  cast: CastMemberView[];
  episodes: (PostSummary & { position: number })[];
}

export async function getAllSeries(): Promise<SeriesSummary[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.posts, cacheTags.seriesIndex);
  const rows = await db.series.findMany({
    where: { episodeCount: { gt: 0 } },
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      description: true,
      episodeCount: true,
      posts: { where: published, orderBy: { publishedAt: "desc" }, take: 1, select: { publishedAt: true } },
    },
  });
  return rows.map(({ posts, ...series }) => ({ ...series, latestEpisodeAt: posts[0]?.publishedAt ?? null }));
}

export async function getSeriesBySlug(slug: string): Promise<SeriesDetail | null> {
  "use cache";
  cacheLife("max");
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
        orderBy: [{ seriesPosition: "asc" }, { publishedAt: "asc" }],
        select: summarySelect,
      },
    },
  });
  if (!row || row.posts.length === 0) {
    cacheTag(cacheTags.posts, cacheTags.seriesIndex);
    return null;
  }
  cacheTag(cacheTags.series(row.id), cacheTags.posts);
  const episodes = row.posts.map((post, index) => ({ ...toSummary(post), position: index + 1 }));
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    episodeCount: row.episodeCount,
    latestEpisodeAt: episodes.at(-1)?.publishedAt ?? null,
    cast: row.cast,
    episodes,
  };
}

export async function getPrerenderedSeriesSlugs(): Promise<string[]> {
  const rows = await db.series.findMany({ where: { episodeCount: { gt: 0 } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** The cast of a series by id, for rendering a draft the way its series will show it (the author's preview) */
export async function getSeriesCast(seriesId: number): Promise<CastMemberView[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.series(seriesId));
  return db.castMember.findMany({ where: { seriesId }, ...castSelect });
}
