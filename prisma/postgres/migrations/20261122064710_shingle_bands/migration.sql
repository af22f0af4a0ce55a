-- CreateTable
CREATE TABLE "ShingleBand" (
    "revisionId" TEXT NOT NULL,
    "band" TEXT NOT NULL,

    CONSTRAINT "ShingleBand_pkey" PRIMARY KEY ("revisionId","band")
);

-- CreateIndex
CREATE INDEX "ShingleBand_band_idx" ON "ShingleBand"("band");

-- AddForeignKey
ALTER TABLE "ShingleBand" ADD CONSTRAINT "ShingleBand_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

