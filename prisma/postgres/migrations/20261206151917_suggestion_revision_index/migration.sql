-- CreateIndex
CREATE INDEX "Suggestion_revisionId_start_idx" ON "Suggestion"("revisionId", "start");

