-- CreateTable
CREATE TABLE "ClaimFacet" (
    "claimId" TEXT NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "ClaimFacet_pkey" PRIMARY KEY ("claimId","key")
);

-- CreateIndex
CREATE INDEX "ClaimFacet_key_idx" ON "ClaimFacet"("key");

-- AddForeignKey
ALTER TABLE "ClaimFacet" ADD CONSTRAINT "ClaimFacet_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

