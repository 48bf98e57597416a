-- AlterTable
ALTER TABLE "Organiser" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "organiserId" TEXT,
ADD COLUMN     "registrantId" TEXT,
ADD COLUMN     "sessionId" TEXT,
ADD COLUMN     "subjectOrganiserId" TEXT,
ALTER COLUMN "detail" SET DEFAULT '{}';

-- Earlier entries were free text with the organiser's address: keep their words, link the organiser by id.
UPDATE "AuditEntry" a SET "organiserId" = (SELECT o."id" FROM "Organiser" o WHERE o."email" = a."organiserEmail"),
  "action" = 'legacy', "detail" = json_build_object('action', a."action", 'text', a."detail")::text;
ALTER TABLE "AuditEntry" DROP COLUMN "organiserEmail";

-- DropTable
DROP TABLE "RateLimitHit";

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "bucket" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("bucket")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ErasedCount" (
    "sessionId" TEXT NOT NULL,
    "confirmed" INTEGER NOT NULL DEFAULT 0,
    "waitlisted" INTEGER NOT NULL DEFAULT 0,
    "cancelled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ErasedCount_pkey" PRIMARY KEY ("sessionId")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_expiresAt_idx" ON "RateLimitCounter"("expiresAt");

-- AddForeignKey
ALTER TABLE "ErasedCount" ADD CONSTRAINT "ErasedCount_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

