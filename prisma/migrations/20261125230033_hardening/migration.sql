-- DropIndex
DROP INDEX "RateLimitHit_bucket_createdAt_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "RateLimitHit";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "bucket" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ErasedCount" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "confirmed" INTEGER NOT NULL DEFAULT 0,
    "waitlisted" INTEGER NOT NULL DEFAULT 0,
    "cancelled" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ErasedCount_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organiser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "passwordChangedAt" DATETIME NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Organiser" ("createdAt", "email", "id", "passwordChangedAt", "passwordHash") SELECT "createdAt", "email", "id", "passwordChangedAt", "passwordHash" FROM "Organiser";
DROP TABLE "Organiser";
ALTER TABLE "new_Organiser" RENAME TO "Organiser";
CREATE UNIQUE INDEX "Organiser_email_key" ON "Organiser"("email");
CREATE TABLE "new_AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organiserId" TEXT,
    "action" TEXT NOT NULL,
    "registrantId" TEXT,
    "sessionId" TEXT,
    "subjectOrganiserId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Earlier entries were free text with the organiser's address: keep their words, link the organiser by id.
INSERT INTO "new_AuditEntry" ("id", "organiserId", "action", "detail", "createdAt")
SELECT a."id", (SELECT o."id" FROM "Organiser" o WHERE o."email" = a."organiserEmail"), 'legacy',
       json_object('action', a."action", 'text', a."detail"), a."createdAt"
FROM "AuditEntry" a;
DROP TABLE "AuditEntry";
ALTER TABLE "new_AuditEntry" RENAME TO "AuditEntry";
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RateLimitCounter_expiresAt_idx" ON "RateLimitCounter"("expiresAt");

