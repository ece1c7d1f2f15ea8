// Denormalised counts (comments per post, published posts per author, tag, category, series and
// archive month, and each series' newest episode) so that lists, the archive and the tag cloud never count rows on a page view.
// Plain SQL that SQLite and PostgreSQL both understand.
import { Prisma, type PrismaClient } from "./generated/sqlite/client";

type Executor = Pick<PrismaClient, "$executeRawUnsafe" | "$executeRaw">;

const PUBLISHED = `p.status = 'PUBLISHED'`;

export async function refreshAllCounts(db: Executor): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "Post" SET "commentCount" = (SELECT COUNT(*) FROM "Comment" c WHERE c."postId" = "Post".id AND c.status = 'APPROVED')`,
  );
  await db.$executeRawUnsafe(
    `UPDATE "User" SET "postCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."authorId" = "User".id AND ${PUBLISHED})`,
  );
  await db.$executeRawUnsafe(
    `UPDATE "Tag" SET "postCount" = (SELECT COUNT(*) FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId" WHERE pt."tagId" = "Tag".id AND ${PUBLISHED})`,
  );
  await db.$executeRawUnsafe(
    `UPDATE "Category" SET "postCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."categoryId" = "Category".id AND ${PUBLISHED})`,
  );
  await db.$executeRawUnsafe(
    `UPDATE "Series" SET "episodeCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."seriesId" = "Series".id AND ${PUBLISHED}), "latestEpisodeAt" = (SELECT MAX(p."publishedAt") FROM "Post" p WHERE p."seriesId" = "Series".id AND ${PUBLISHED})`,
  );
  await db.$executeRawUnsafe(`DELETE FROM "ArchiveMonth"`);
  await db.$executeRawUnsafe(
    `INSERT INTO "ArchiveMonth" ("month", "postCount") SELECT p."archiveMonth", COUNT(*) FROM "Post" p WHERE ${PUBLISHED} AND p."archiveMonth" IS NOT NULL GROUP BY p."archiveMonth"`,
  );
}

/** After a post changes status, category, series, tags or month (its archive months before and after) */
export async function refreshCountsForPost(
  db: Executor,
  ids: {
    authorIds: string[];
    tagIds: number[];
    categoryIds: number[];
    seriesIds: number[];
    archiveMonths?: (number | null)[];
  },
): Promise<void> {
  // Prisma.sql binds values with each database's own placeholder syntax
  for (const id of new Set(ids.authorIds)) {
    await db.$executeRaw(
      Prisma.sql`UPDATE "User" SET "postCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."authorId" = ${id} AND p.status = 'PUBLISHED') WHERE id = ${id}`,
    );
  }
  for (const id of new Set(ids.tagIds)) {
    await db.$executeRaw(
      Prisma.sql`UPDATE "Tag" SET "postCount" = (SELECT COUNT(*) FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId" WHERE pt."tagId" = ${id} AND p.status = 'PUBLISHED') WHERE id = ${id}`,
    );
  }
  for (const id of new Set(ids.categoryIds)) {
    await db.$executeRaw(
      Prisma.sql`UPDATE "Category" SET "postCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."categoryId" = ${id} AND p.status = 'PUBLISHED') WHERE id = ${id}`,
    );
  }
  for (const id of new Set(ids.seriesIds)) {
    await db.$executeRaw(
      Prisma.sql`UPDATE "Series" SET "episodeCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."seriesId" = ${id} AND p.status = 'PUBLISHED'), "latestEpisodeAt" = (SELECT MAX(p."publishedAt") FROM "Post" p WHERE p."seriesId" = ${id} AND p.status = 'PUBLISHED') WHERE id = ${id}`,
    );
  }
  for (const month of new Set(ids.archiveMonths ?? [])) {
    if (month === null) continue;
    await db.$executeRaw(
      Prisma.sql`INSERT INTO "ArchiveMonth" ("month", "postCount") SELECT ${month}, COUNT(*) FROM "Post" p WHERE p."archiveMonth" = ${month} AND p.status = 'PUBLISHED' ON CONFLICT ("month") DO UPDATE SET "postCount" = excluded."postCount"`,
    );
  }
}

export async function refreshCommentCount(db: Executor, postId: number): Promise<void> {
  await db.$executeRaw(
    Prisma.sql`UPDATE "Post" SET "commentCount" = (SELECT COUNT(*) FROM "Comment" c WHERE c."postId" = ${postId} AND c.status = 'APPROVED') WHERE id = ${postId}`,
  );
}
