-- DropIndex
DROP INDEX "ClaimFacet_key_idx";

-- AlterTable
ALTER TABLE "ClaimFacet" ADD COLUMN "timeFrom" TEXT;
ALTER TABLE "ClaimFacet" ADD COLUMN "timeTo" TEXT;

-- CreateIndex
CREATE INDEX "ClaimFacet_key_timeTo_timeFrom_claimId_idx" ON "ClaimFacet"("key", "timeTo", "timeFrom", "claimId");


-- Backfill: the time window of every claim's features
UPDATE "ClaimFacet" SET
  "timeFrom" = (SELECT json_extract(c."features", '$.time.from') FROM "Claim" c WHERE c."id" = "ClaimFacet"."claimId"),
  "timeTo" = (SELECT json_extract(c."features", '$.time.to') FROM "Claim" c WHERE c."id" = "ClaimFacet"."claimId");
