-- DropIndex
DROP INDEX "Post_seriesId_seriesPosition_idx";

-- AlterTable
ALTER TABLE "Series" ADD COLUMN     "latestEpisodeAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Post_seriesId_status_seriesPosition_publishedAt_id_idx" ON "Post"("seriesId", "status", "seriesPosition", "publishedAt", "id");

-- Backfill: the newest published episode of each series (kept by lib/counters.ts from now on)
UPDATE "Series" SET "latestEpisodeAt" = (SELECT MAX(p."publishedAt") FROM "Post" p WHERE p."seriesId" = "Series".id AND p.status = 'PUBLISHED');
