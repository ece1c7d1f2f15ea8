-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "fingerprint" TEXT,
ADD COLUMN     "formNonce" TEXT,
ADD COLUMN     "heldFor" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Comment_fingerprint_key" ON "Comment"("fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_formNonce_key" ON "Comment"("formNonce");
