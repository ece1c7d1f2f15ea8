// Series management in the author area (editors and administrators).
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { db } from "../db";
import { InvalidInputError, NotAuthorisedError, NotFoundError } from "./errors";

function requireSeriesManager(actor: Actor | null): Actor {
  if (!actor || !can.manageSeries(actor)) throw new NotAuthorisedError("Serien verwaltet die Redaktion.");
  return actor;
}

export async function listSeriesForAdmin(actor: Actor | null) {
  requireSeriesManager(actor);
  return db.series.findMany({
    orderBy: { title: "asc" },
    select: { id: true, slug: true, title: true, episodeCount: true, _count: { select: { posts: true } } },
  });
}

export async function getSeriesForAdmin(actor: Actor | null, id: number) {
  requireSeriesManager(actor);
  const series = await db.series.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      posts: {
        orderBy: [{ seriesPosition: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, status: true, seriesPosition: true },
      },
    },
  });
  if (!series) throw new NotFoundError("Diese Serie gibt es nicht.");
  return series;
}

export async function updateSeriesDetails(
  actor: Actor | null,
  id: number,
  details: { title: string; description: string },
): Promise<{ id: number }> {
  requireSeriesManager(actor);
  const updated = await db.series.updateMany({ where: { id }, data: details });
  if (updated.count === 0) throw new NotFoundError("Diese Serie gibt es nicht.");
  return { id };
}

/** Episode numbers 1…n in the given order; the list must name exactly the series' posts */
export async function reorderEpisodes(
  actor: Actor | null,
  id: number,
  postIds: number[],
): Promise<{ postIds: number[] }> {
  requireSeriesManager(actor);
  const current = await db.post.findMany({ where: { seriesId: id }, select: { id: true } });
  const known = new Set(current.map((post) => post.id));
  if (
    postIds.length !== known.size ||
    new Set(postIds).size !== postIds.length ||
    postIds.some((postId) => !known.has(postId))
  ) {
    throw new InvalidInputError("Die Folgen haben sich inzwischen geändert. Bitte neu laden.");
  }
  await db.$transaction(
    postIds.map((postId, index) =>
      db.post.update({ where: { id: postId }, data: { seriesPosition: index + 1 } }),
    ),
  );
  return { postIds };
}
