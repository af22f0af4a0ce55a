-- DropIndex
DROP INDEX "Claim_sourcingStrength_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "searchTitle" TEXT NOT NULL DEFAULT '',
    "titleDerived" BOOLEAN NOT NULL DEFAULT false,
    "outletId" TEXT,
    "url" TEXT,
    "fileName" TEXT,
    "publishedAt" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'unknown',
    "language" TEXT NOT NULL DEFAULT 'ar',
    "currentRevisionId" TEXT,
    "republishedFromId" TEXT,
    "republishedScore" REAL,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_republishedFromId_fkey" FOREIGN KEY ("republishedFromId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("archivedAt", "createdAt", "createdById", "currentRevisionId", "datePrecision", "fileName", "id", "language", "outletId", "publishedAt", "republishedFromId", "republishedScore", "title", "titleDerived", "updatedAt", "url", "version") SELECT "archivedAt", "createdAt", "createdById", "currentRevisionId", "datePrecision", "fileName", "id", "language", "outletId", "publishedAt", "republishedFromId", "republishedScore", "title", "titleDerived", "updatedAt", "url", "version" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_url_idx" ON "Article"("url");
CREATE INDEX "Article_fileName_idx" ON "Article"("fileName");
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Claim_sourcingStrength_id_idx" ON "Claim"("sourcingStrength", "id");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");


-- Substring search over claims: FTS5 with the trigram tokenizer, kept in step by triggers
-- (the same statements as lib/search/sqlite-fts.ts).
CREATE VIRTUAL TABLE IF NOT EXISTS "ClaimFts" USING fts5("searchText", content='Claim', content_rowid='rowid', tokenize='trigram');
INSERT INTO "ClaimFts"("ClaimFts") VALUES ('rebuild');
CREATE TRIGGER IF NOT EXISTS "Claim_fts_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimFts"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
CREATE TRIGGER IF NOT EXISTS "Claim_fts_delete" AFTER DELETE ON "Claim" BEGIN
    INSERT INTO "ClaimFts"("ClaimFts", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
END;
CREATE TRIGGER IF NOT EXISTS "Claim_fts_update" AFTER UPDATE OF "searchText" ON "Claim" BEGIN
    INSERT INTO "ClaimFts"("ClaimFts", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
    INSERT INTO "ClaimFts"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
