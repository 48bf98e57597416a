-- AlterTable
ALTER TABLE "SignUp" ADD COLUMN "linkMailVersion" INTEGER;

-- CreateTable
CREATE TABLE "SchedulerStep" (
    "step" TEXT NOT NULL PRIMARY KEY,
    "lastSuccessAt" DATETIME,
    "failingSince" DATETIME,
    "lastError" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "registrantId" TEXT,
    "signUpId" TEXT,
    "sessionId" TEXT,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_OutboxMail" ("attempts", "claimedUntil", "createdAt", "dedupeKey", "id", "kind", "lastError", "messageId", "nextAttemptAt", "payload", "recipient", "registrantId", "sentAt", "sessionId", "signUpId", "status", "updatedAt") SELECT "attempts", "claimedUntil", "createdAt", "dedupeKey", "id", "kind", "lastError", "messageId", "nextAttemptAt", "payload", "recipient", "registrantId", "sentAt", "sessionId", "signUpId", "status", "updatedAt" FROM "OutboxMail";
DROP TABLE "OutboxMail";
ALTER TABLE "new_OutboxMail" RENAME TO "OutboxMail";
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");
CREATE UNIQUE INDEX "OutboxMail_messageId_key" ON "OutboxMail"("messageId");
CREATE INDEX "OutboxMail_status_priority_nextAttemptAt_idx" ON "OutboxMail"("status", "priority", "nextAttemptAt");
CREATE INDEX "OutboxMail_signUpId_idx" ON "OutboxMail"("signUpId");
CREATE INDEX "OutboxMail_sessionId_kind_status_idx" ON "OutboxMail"("sessionId", "kind", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SignUp_sessionId_status_linkMailVersion_idx" ON "SignUp"("sessionId", "status", "linkMailVersion");

-- Recreated after it, as a database built from the schema has it (tests/integration/migrations.test.ts).
DROP INDEX "SignUp_registrantId_sessionId_key";
CREATE UNIQUE INDEX "SignUp_registrantId_sessionId_key" ON "SignUp"("registrantId", "sessionId");


-- Sign-ups whose Teams-link mail was already queued keep it: the planner only takes those below
-- the session's current version. The version is the last part of the dedupe key link:<id>:<version>.
UPDATE "SignUp" SET "linkMailVersion" = (
    SELECT MAX(CAST(substr(o."dedupeKey", length('link:' || "SignUp"."id" || ':') + 1) AS INTEGER))
    FROM "OutboxMail" o
    WHERE o."signUpId" = "SignUp"."id" AND o."kind" IN ('link', 'correction')
);
-- Teams-link mails are bulk: whatever someone is waiting for goes first.
UPDATE "OutboxMail" SET "priority" = 1 WHERE "kind" IN ('link', 'correction');
