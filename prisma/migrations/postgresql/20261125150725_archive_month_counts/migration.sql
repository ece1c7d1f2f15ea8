-- CreateTable
CREATE TABLE "ArchiveMonth" (
    "month" INTEGER NOT NULL,
    "postCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArchiveMonth_pkey" PRIMARY KEY ("month")
);

-- Counts of the posts published so far (lib/counters.ts keeps them current from here on)
INSERT INTO "ArchiveMonth" ("month", "postCount")
SELECT "archiveMonth", COUNT(*) FROM "Post"
WHERE "status" = 'PUBLISHED' AND "archiveMonth" IS NOT NULL
GROUP BY "archiveMonth";
