-- DropIndex
DROP INDEX "Post_status_archiveMonth_idx";

-- CreateIndex
CREATE INDEX "Post_status_archiveMonth_publishedAt_id_idx" ON "Post"("status", "archiveMonth", "publishedAt", "id");
