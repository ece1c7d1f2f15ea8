-- DropIndex
DROP INDEX "OutboxMail_status_nextAttemptAt_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscriber" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "tokenVersion" INTEGER NOT NULL DEFAULT 1,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Subscriber" ("confirmedAt", "createdAt", "email", "id", "locale", "status", "updatedAt") SELECT "confirmedAt", "createdAt", "email", "id", "locale", "status", "updatedAt" FROM "Subscriber";
DROP TABLE "Subscriber";
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_id_idx" ON "OutboxMail"("status", "nextAttemptAt", "id");

-- CreateIndex
CREATE INDEX "OutboxMail_subscriberId_status_idx" ON "OutboxMail"("subscriberId", "status");
