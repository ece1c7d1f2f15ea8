-- CreateTable
CREATE TABLE "ArchiveMonth" (
    "month" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postCount" INTEGER NOT NULL DEFAULT 0
);

-- Counts of the posts published so far (lib/counters.ts keeps them current from here on)
INSERT INTO "ArchiveMonth" ("month", "postCount")
SELECT "archiveMonth", COUNT(*) FROM "Post"
WHERE "status" = 'PUBLISHED' AND "archiveMonth" IS NOT NULL
GROUP BY "archiveMonth";
