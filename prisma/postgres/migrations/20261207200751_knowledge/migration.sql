-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "actorKind" TEXT,
ADD COLUMN     "blockedNext" JSONB,
ADD COLUMN     "demonyms" JSONB,
ADD COLUMN     "isActor" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isSource" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "key" TEXT,
ADD COLUMN     "medium" TEXT,
ADD COLUMN     "nameEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "packId" TEXT,
ADD COLUMN     "side" TEXT;

-- AlterTable
ALTER TABLE "SourceAlias" ADD COLUMN     "quoted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BareTerm" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "packId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BareTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgePack" (
    "id" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "packVersion" INTEGER NOT NULL,
    "digest" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgePack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeHead" (
    "id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "stamp" TEXT NOT NULL,

    CONSTRAINT "KnowledgeHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_key_key" ON "Place"("key");

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "BareTerm_key_key" ON "BareTerm"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Source_isActor_idx" ON "Source"("isActor");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BareTerm" ADD CONSTRAINT "BareTerm_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

