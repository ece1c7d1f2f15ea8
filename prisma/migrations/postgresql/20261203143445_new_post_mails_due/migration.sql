-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "newPostMailsDue" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Post_newPostMailsDue_idx" ON "Post"("newPostMailsDue");
