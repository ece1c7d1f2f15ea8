// Public post reads on SQLite and (with TEST_DATABASE_URL) PostgreSQL: an episode's place in its
// series and its neighbours, whatever the numbering, and whichever episodes are not public.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Caching is Next.js's at run time; here the reads run directly
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("posts");

const { db } = await import("../db");
const { refreshAllCounts, refreshCountsForPost } = await import("../counters");
const { getPublishedPostBySlug } = await import("./posts");
const { getActiveSeries, getSeriesIndexPage, SERIES_PER_PAGE } = await import("./series");

// Episode number (null: none given), status and day of publication; listed in the order readers
// should get them: by number, numberless ones last, equal numbers by date, then by id
const episodes = [
  { slug: "e-eins", position: 1, status: "PUBLISHED", day: 3 },
  { slug: "e-entwurf", position: 2, status: "DRAFT", day: null },
  { slug: "e-zwei-frueh", position: 2, status: "PUBLISHED", day: 1 },
  { slug: "e-zwei-spaet", position: 2, status: "PUBLISHED", day: 9 },
  { slug: "e-zurueckgezogen", position: 3, status: "UNPUBLISHED", day: 4 },
  { slug: "e-fuenf", position: 5, status: "PUBLISHED", day: 2 },
  { slug: "e-ohne-nummer-a", position: null, status: "PUBLISHED", day: 6 },
  { slug: "e-ohne-nummer-b", position: null, status: "PUBLISHED", day: 7 },
] as const;
const publicEpisodes = episodes.filter((episode) => episode.status === "PUBLISHED");

beforeAll(async () => {
  const author = await db.user.create({
    data: { email: "autorin@posts.example", name: "Autorin", slug: "autorin-posts", role: "AUTHOR" },
  });
  const series = await db.series.create({ data: { slug: "aus-der-werkstatt", title: "Aus der Werkstatt" } });
  // Created out of order, so that ids do not follow the episode order
  for (const episode of [...episodes].reverse()) {
    const publishedAt = episode.day === null ? null : new Date(Date.UTC(2026, 2, episode.day));
    await db.post.create({
      data: {
        slug: episode.slug,
        title: `Folge ${episode.slug}`,
        body: "Text",
        status: episode.status,
        publishedAt,
        archiveMonth: publishedAt ? 202603 : null,
        authorId: author.id,
        seriesId: series.id,
        seriesPosition: episode.position,
      },
    });
  }
  await refreshAllCounts(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe(`an episode's place in its series on ${config.provider}`, () => {
  it("counts only public episodes and links each to its public neighbours in episode order", async () => {
    for (const [index, episode] of publicEpisodes.entries()) {
      const post = await getPublishedPostBySlug(episode.slug);
      expect(post?.seriesNavigation, episode.slug).toMatchObject({
        slug: "aus-der-werkstatt",
        position: index + 1,
        total: publicEpisodes.length,
        previous: index === 0 ? null : { slug: publicEpisodes[index - 1]?.slug },
        next: index === publicEpisodes.length - 1 ? null : { slug: publicEpisodes[index + 1]?.slug },
      });
    }
  });

  it("shows no page for an episode that is not public", async () => {
    expect(await getPublishedPostBySlug("e-entwurf")).toBeNull();
    expect(await getPublishedPostBySlug("e-zurueckgezogen")).toBeNull();
  });
});

describe(`the series index on ${config.provider}`, () => {
  it("shows each series' public episodes and the date of its newest, kept as the series changes", async () => {
    expect((await getSeriesIndexPage(1))?.items).toEqual([
      expect.objectContaining({
        slug: "aus-der-werkstatt",
        episodeCount: publicEpisodes.length,
        latestEpisodeAt: new Date(Date.UTC(2026, 2, 9)),
      }),
    ]);
    const draft = await db.post.update({
      where: { slug: "e-entwurf" },
      data: { status: "PUBLISHED", publishedAt: new Date(Date.UTC(2026, 2, 20)), archiveMonth: 202603 },
      select: { seriesId: true },
    });
    await refreshCountsForPost(db, {
      authorIds: [],
      tagIds: [],
      categoryIds: [],
      seriesIds: [draft.seriesId ?? 0],
    });
    expect((await getSeriesIndexPage(1))?.items).toEqual([
      expect.objectContaining({
        episodeCount: publicEpisodes.length + 1,
        latestEpisodeAt: new Date(Date.UTC(2026, 2, 20)),
      }),
    ]);
  });
});

describe(`a blog with many series on ${config.provider}`, () => {
  // 24 more series of one episode each, created out of alphabetical order, published a day apart
  const more = Array.from({ length: 24 }, (_, index) => ({
    slug: `reihe-${String((index * 7) % 24).padStart(2, "0")}`,
    day: index + 1,
  }));

  beforeAll(async () => {
    const author = await db.user.findUniqueOrThrow({ where: { slug: "autorin-posts" } });
    for (const entry of more) {
      const publishedAt = new Date(Date.UTC(2026, 4, entry.day));
      await db.series.create({
        data: {
          slug: entry.slug,
          title: `Reihe ${entry.slug.slice(6)}`,
          posts: {
            create: {
              slug: `${entry.slug}-folge`,
              title: `Folge aus ${entry.slug}`,
              body: "Text",
              status: "PUBLISHED",
              publishedAt,
              archiveMonth: 202605,
              authorId: author.id,
            },
          },
        },
      });
    }
    await refreshAllCounts(db);
  });

  it("lists the series index alphabetically, a page at a time, with no page past the last", async () => {
    const titles = ["Aus der Werkstatt", ...more.map((entry) => `Reihe ${entry.slug.slice(6)}`).sort()];
    const first = await getSeriesIndexPage(1);
    const second = await getSeriesIndexPage(2);
    expect(first).toMatchObject({ page: 1, total: 25, totalPages: 2 });
    expect(first?.items.map((series) => series.title)).toEqual(titles.slice(0, SERIES_PER_PAGE));
    expect(second?.items.map((series) => series.title)).toEqual(titles.slice(SERIES_PER_PAGE));
    expect(await getSeriesIndexPage(3)).toBeNull();
  });

  it("names the series with the newest episodes first, and how many there are in all", async () => {
    const { series, total } = await getActiveSeries(10);
    expect(total).toBe(25);
    expect(series.map((entry) => entry.slug)).toEqual(
      [...more]
        .sort((a, b) => b.day - a.day)
        .slice(0, 10)
        .map((entry) => entry.slug),
    );
  });
});
