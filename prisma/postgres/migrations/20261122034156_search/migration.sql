-- DropIndex
DROP INDEX "Claim_sourcingStrength_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchTitle" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Claim_sourcingStrength_id_idx" ON "Claim"("sourcingStrength", "id");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");


-- Substring search: trigram indexes on the normalized text columns.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Claim_searchText_trgm_idx" ON "Claim" USING gin ("searchText" gin_trgm_ops);
CREATE INDEX "Article_searchTitle_trgm_idx" ON "Article" USING gin ("searchTitle" gin_trgm_ops);
CREATE INDEX "SourceAlias_key_trgm_idx" ON "SourceAlias" USING gin ("key" gin_trgm_ops);
