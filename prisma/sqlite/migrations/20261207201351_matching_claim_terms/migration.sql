-- CreateTable
CREATE TABLE "ClaimTerm" (
    "claimId" TEXT NOT NULL,
    "term" TEXT NOT NULL,

    PRIMARY KEY ("claimId", "term"),
    CONSTRAINT "ClaimTerm_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimTerm_term_idx" ON "ClaimTerm"("term");

