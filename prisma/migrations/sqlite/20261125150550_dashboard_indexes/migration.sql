-- CreateIndex
CREATE INDEX "Post_updatedAt_id_idx" ON "Post"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Post_status_updatedAt_id_idx" ON "Post"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Post_authorId_updatedAt_id_idx" ON "Post"("authorId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");
