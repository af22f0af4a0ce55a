-- DropIndex
DROP INDEX "Claim_createdAt_idx";

-- DropIndex
DROP INDEX "Claim_verdict_idx";

-- DropIndex
DROP INDEX "Claim_status_idx";

-- DropIndex
DROP INDEX "Claim_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_verdict_archivedAt_idx" ON "Claim"("verdict", "archivedAt");

-- CreateIndex
CREATE INDEX "Claim_status_archivedAt_idx" ON "Claim"("status", "archivedAt");

-- CreateIndex
CREATE INDEX "Claim_id_archivedAt_idx" ON "Claim"("id", "archivedAt");

