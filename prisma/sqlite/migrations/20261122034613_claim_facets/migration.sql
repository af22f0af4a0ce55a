-- CreateTable
CREATE TABLE "ClaimFacet" (
    "claimId" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    PRIMARY KEY ("claimId", "key"),
    CONSTRAINT "ClaimFacet_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimFacet_key_idx" ON "ClaimFacet"("key");

