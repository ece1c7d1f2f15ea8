-- DropIndex
DROP INDEX "Subscriber_manageTokenHash_key";

-- DropIndex
DROP INDEX "OutboxMail_status_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "Subscriber" DROP COLUMN "manageTokenHash",
ADD COLUMN     "tokenVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "OutboxMail_status_nextAttemptAt_id_idx" ON "OutboxMail"("status", "nextAttemptAt", "id");

-- CreateIndex
CREATE INDEX "OutboxMail_subscriberId_status_idx" ON "OutboxMail"("subscriberId", "status");
