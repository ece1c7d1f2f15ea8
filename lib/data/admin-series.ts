// Series management in the author area (editors and administrators).
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { db } from "../db";
import { episodeOrder } from "./posts";
import { InvalidInputError, NotAuthorisedError, NotFoundError, uniqueViolationFields } from "./errors";

function requireSeriesManager(actor: Actor | null): Actor {
  if (!actor || !can.manageSeries(actor)) throw new NotAuthorisedError("Serien verwaltet die Redaktion.");
  return actor;
}

const castMemberSelect = {
  orderBy: [{ position: "asc" as const }, { id: "asc" as const }],
  select: { id: true, placeholder: true, displayName: true, description: true },
};

export interface CastMemberInput {
  placeholder: string;
  displayName: string;
  description: string;
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
      cast: castMemberSelect,
      posts: {
        orderBy: episodeOrder,
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

async function requireSeries(id: number): Promise<void> {
  const series = await db.series.findUnique({ where: { id }, select: { id: true } });
  if (!series) throw new NotFoundError("Diese Serie gibt es nicht.");
}

const duplicatePlaceholder = (placeholder: string) =>
  new InvalidInputError("Bitte prüfe die markierten Felder.", {
    placeholder: [`${placeholder} gibt es in dieser Serie schon.`],
  });

/** A new member at the end of the cast; the placeholder is unique within the series */
export async function addCastMember(
  actor: Actor | null,
  seriesId: number,
  member: CastMemberInput,
): Promise<{ id: number }> {
  requireSeriesManager(actor);
  await requireSeries(seriesId);
  const placeholder = member.placeholder.normalize("NFC");
  const last = await db.castMember.findFirst({
    where: { seriesId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  try {
    return await db.castMember.create({
      data: { ...member, placeholder, seriesId, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
  } catch (error) {
    if (uniqueViolationFields(error)) throw duplicatePlaceholder(placeholder);
    throw error;
  }
}

/** Display name and description; the placeholder stays, since published texts use it */
export async function updateCastMember(
  actor: Actor | null,
  seriesId: number,
  id: number,
  details: { displayName: string; description: string },
): Promise<void> {
  requireSeriesManager(actor);
  const updated = await db.castMember.updateMany({ where: { id, seriesId }, data: details });
  if (updated.count === 0) throw new NotFoundError("Diese Figur gibt es nicht (mehr).");
}

export async function removeCastMember(actor: Actor | null, seriesId: number, id: number): Promise<void> {
  requireSeriesManager(actor);
  const removed = await db.castMember.deleteMany({ where: { id, seriesId } });
  if (removed.count === 0) throw new NotFoundError("Diese Figur gibt es nicht (mehr).");
}

/** The cast in the given order; the list must name exactly the series' members */
export async function reorderCast(actor: Actor | null, seriesId: number, memberIds: number[]): Promise<void> {
  requireSeriesManager(actor);
  const current = await db.castMember.findMany({ where: { seriesId }, select: { id: true } });
  const known = new Set(current.map((member) => member.id));
  if (
    memberIds.length !== known.size ||
    new Set(memberIds).size !== memberIds.length ||
    memberIds.some((id) => !known.has(id))
  ) {
    throw new InvalidInputError("Die Besetzung hat sich inzwischen geändert. Bitte neu laden.");
  }
  await db.$transaction(
    memberIds.map((id, position) => db.castMember.update({ where: { id }, data: { position } })),
  );
}
