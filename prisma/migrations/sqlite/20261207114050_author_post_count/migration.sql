-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'AUTHOR',
    "passwordHash" TEXT,
    "passwordChangedAt" DATETIME,
    "disabledAt" DATETIME,
    "postCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("bio", "createdAt", "disabledAt", "email", "emailVerified", "id", "image", "name", "passwordChangedAt", "passwordHash", "role", "slug", "updatedAt") SELECT "bio", "createdAt", "disabledAt", "email", "emailVerified", "id", "image", "name", "passwordChangedAt", "passwordHash", "role", "slug", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill: published posts per author (kept by lib/counters.ts from now on)
UPDATE "User" SET "postCount" = (SELECT COUNT(*) FROM "Post" p WHERE p."authorId" = "User".id AND p.status = 'PUBLISHED');
