-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "authorUrl" TEXT,
    "userId" TEXT,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "ipHash" TEXT NOT NULL DEFAULT '',
    "readerTokenHash" TEXT,
    "notifyOnReply" BOOLEAN NOT NULL DEFAULT false,
    "fingerprint" TEXT,
    "formNonce" TEXT,
    "heldFor" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Comment_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Comment" ("authorEmail", "authorName", "authorUrl", "body", "createdAt", "depth", "id", "ipHash", "notifyOnReply", "parentId", "postId", "readerTokenHash", "status", "updatedAt", "userId") SELECT "authorEmail", "authorName", "authorUrl", "body", "createdAt", "depth", "id", "ipHash", "notifyOnReply", "parentId", "postId", "readerTokenHash", "status", "updatedAt", "userId" FROM "Comment";
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
CREATE UNIQUE INDEX "Comment_fingerprint_key" ON "Comment"("fingerprint");
CREATE UNIQUE INDEX "Comment_formNonce_key" ON "Comment"("formNonce");
CREATE INDEX "Comment_postId_status_createdAt_idx" ON "Comment"("postId", "status", "createdAt");
CREATE INDEX "Comment_status_createdAt_idx" ON "Comment"("status", "createdAt");
CREATE INDEX "Comment_authorEmail_idx" ON "Comment"("authorEmail");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
