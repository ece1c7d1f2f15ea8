-- AlterTable
ALTER TABLE "User" ADD COLUMN     "postCount" INTEGER NOT NULL DEFAULT 0;

-- Backfill: published posts per author (kept by lib/counters.ts from now on)
UPDATE "User" SET "postCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."authorId" = "User".id AND p.status = 'PUBLISHED');
