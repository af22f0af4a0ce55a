-- CreateIndex
CREATE INDEX "Claim_revisionId_archivedAt_idx" ON "Claim"("revisionId", "archivedAt");

