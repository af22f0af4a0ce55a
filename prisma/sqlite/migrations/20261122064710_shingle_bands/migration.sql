-- CreateTable
CREATE TABLE "ShingleBand" (
    "revisionId" TEXT NOT NULL,
    "band" TEXT NOT NULL,

    PRIMARY KEY ("revisionId", "band"),
    CONSTRAINT "ShingleBand_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ShingleBand_band_idx" ON "ShingleBand"("band");

