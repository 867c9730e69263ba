-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN "questionHash" TEXT;

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "questionId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("questionId", "contentHash"),
    CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionHide" (
    "questionId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("questionId", "teacherId"),
    CONSTRAINT "QuestionHide_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionHide_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "publishedOn" TEXT NOT NULL,
    "seedFile" TEXT,
    "contentHash" TEXT NOT NULL,
    "ownerId" TEXT,
    "library" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("contentHash", "createdAt", "id", "outlet", "ownerId", "publishedOn", "seedFile", "slug", "title", "updatedAt") SELECT "contentHash", "createdAt", "id", "outlet", "ownerId", "publishedOn", "seedFile", "slug", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "QuestionHide_teacherId_idx" ON "QuestionHide"("teacherId");

-- CreateIndex
CREATE INDEX "Question_ownerId_idx" ON "Question"("ownerId");


-- Existing data. An article a teacher added stays theirs alone until a maintainer promotes it.
UPDATE "Article" SET "library" = 0 WHERE "ownerId" IS NOT NULL;

-- A fact a teacher added belongs to the owner of an article it cites.
UPDATE "Fact" SET "ownerId" = (
  SELECT a."ownerId" FROM "Evidence" e
  JOIN "Passage" p ON p."id" = e."passageId"
  JOIN "Article" a ON a."id" = p."articleId"
  WHERE e."factId" = "Fact"."id" AND a."ownerId" IS NOT NULL
  LIMIT 1
) WHERE "source" = 'teacher';

-- Existing questions stay library questions, and the current text of each is its first
-- version, and the answers already given point at it.
INSERT INTO "QuestionVersion" ("questionId", "contentHash", "data", "createdAt")
  SELECT "id", "contentHash", "data", "updatedAt" FROM "Question";
UPDATE "Response" SET "questionHash" = (SELECT q."contentHash" FROM "Question" q WHERE q."id" = "Response"."questionId");
