-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" TEXT,
    "broad" BOOLEAN NOT NULL DEFAULT false,
    "aliases" JSONB NOT NULL,
    "aliasesEn" JSONB NOT NULL,
    "conditionalAliases" JSONB NOT NULL,
    "operatorKey" TEXT,
    "actsAsKey" TEXT,
    "packId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BareTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "term" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "packId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BareTerm_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KnowledgePack" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "packVersion" INTEGER NOT NULL,
    "digest" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "loadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KnowledgeHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "stamp" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reliability" TEXT NOT NULL DEFAULT 'F',
    "memberOfId" TEXT,
    "mergedIntoId" TEXT,
    "key" TEXT,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "isSource" BOOLEAN NOT NULL DEFAULT true,
    "isActor" BOOLEAN NOT NULL DEFAULT false,
    "actorKind" TEXT,
    "side" TEXT,
    "medium" TEXT,
    "demonyms" JSONB,
    "blockedNext" JSONB,
    "packId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_memberOfId_fkey" FOREIGN KEY ("memberOfId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("createdAt", "id", "kind", "memberOfId", "mergedIntoId", "name", "reliability", "updatedAt", "version") SELECT "createdAt", "id", "kind", "memberOfId", "mergedIntoId", "name", "reliability", "updatedAt", "version" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
CREATE INDEX "Source_kind_idx" ON "Source"("kind");
CREATE INDEX "Source_isActor_idx" ON "Source"("isActor");
CREATE TABLE "new_SourceAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "quoted" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SourceAlias_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SourceAlias" ("alias", "id", "key", "sourceId") SELECT "alias", "id", "key", "sourceId" FROM "SourceAlias";
DROP TABLE "SourceAlias";
ALTER TABLE "new_SourceAlias" RENAME TO "SourceAlias";
CREATE INDEX "SourceAlias_key_idx" ON "SourceAlias"("key");
CREATE UNIQUE INDEX "SourceAlias_sourceId_key_key" ON "SourceAlias"("sourceId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Place_key_key" ON "Place"("key");

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "BareTerm_key_key" ON "BareTerm"("key");

