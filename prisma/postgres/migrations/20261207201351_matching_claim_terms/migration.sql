-- CreateTable
CREATE TABLE "ClaimTerm" (
    "claimId" TEXT NOT NULL,
    "term" TEXT NOT NULL,

    CONSTRAINT "ClaimTerm_pkey" PRIMARY KEY ("claimId","term")
);

-- CreateIndex
CREATE INDEX "ClaimTerm_term_idx" ON "ClaimTerm"("term");

-- AddForeignKey
ALTER TABLE "ClaimTerm" ADD CONSTRAINT "ClaimTerm_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

