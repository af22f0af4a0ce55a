-- DropIndex
DROP INDEX "Attribution_claimId_idx";

-- DropIndex
DROP INDEX "ClaimLink_bId_idx";

-- CreateIndex
CREATE INDEX "Attribution_claimId_kind_idx" ON "Attribution"("claimId", "kind");

-- CreateIndex
CREATE INDEX "ClaimLink_aId_type_status_idx" ON "ClaimLink"("aId", "type", "status");

-- CreateIndex
CREATE INDEX "ClaimLink_bId_type_status_idx" ON "ClaimLink"("bId", "type", "status");

