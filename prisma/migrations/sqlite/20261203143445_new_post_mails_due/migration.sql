-- Written by hand: SQLite adds a NOT NULL column with a default in place, so the table need not be
-- rebuilt as Prisma's diff would (which copies every post)
-- AlterTable
ALTER TABLE "Post" ADD COLUMN "newPostMailsDue" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Post_newPostMailsDue_idx" ON "Post"("newPostMailsDue");
