-- DropIndex
DROP INDEX "ClaimFacet_key_idx";

-- AlterTable
ALTER TABLE "ClaimFacet" ADD COLUMN     "timeFrom" TEXT,
ADD COLUMN     "timeTo" TEXT;

-- CreateIndex
CREATE INDEX "ClaimFacet_key_timeTo_timeFrom_claimId_idx" ON "ClaimFacet"("key", "timeTo", "timeFrom", "claimId");


-- Backfill: the time window of every claim's features
UPDATE "ClaimFacet" f SET "timeFrom" = c."features"->'time'->>'from', "timeTo" = c."features"->'time'->>'to'
FROM "Claim" c WHERE c."id" = f."claimId" AND c."features" IS NOT NULL;
