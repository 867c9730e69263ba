-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "library" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "questionHash" TEXT;

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "questionId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("questionId","contentHash")
);

-- CreateTable
CREATE TABLE "QuestionHide" (
    "questionId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionHide_pkey" PRIMARY KEY ("questionId","teacherId")
);

-- CreateIndex
CREATE INDEX "QuestionHide_teacherId_idx" ON "QuestionHide"("teacherId");

-- CreateIndex
CREATE INDEX "Question_ownerId_idx" ON "Question"("ownerId");

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionHide" ADD CONSTRAINT "QuestionHide_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionHide" ADD CONSTRAINT "QuestionHide_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing data. An article a teacher added stays theirs alone until a maintainer promotes it.
UPDATE "Article" SET "library" = false WHERE "ownerId" IS NOT NULL;

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
