-- DropIndex
DROP INDEX "OutboxMail_status_nextAttemptAt_idx";

-- AlterTable
ALTER TABLE "SignUp" ADD COLUMN     "linkMailVersion" INTEGER;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SchedulerStep" (
    "step" TEXT NOT NULL,
    "lastSuccessAt" TIMESTAMP(3),
    "failingSince" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "SchedulerStep_pkey" PRIMARY KEY ("step")
);

-- CreateIndex
CREATE INDEX "SignUp_sessionId_status_linkMailVersion_idx" ON "SignUp"("sessionId", "status", "linkMailVersion");

-- CreateIndex
CREATE INDEX "OutboxMail_status_priority_nextAttemptAt_idx" ON "OutboxMail"("status", "priority", "nextAttemptAt");


-- Sign-ups whose Teams-link mail was already queued keep it: the planner only takes those below
-- the session's current version. The version is the last part of the dedupe key link:<id>:<version>.
UPDATE "SignUp" SET "linkMailVersion" = (
    SELECT MAX(CAST(substr(o."dedupeKey", length('link:' || "SignUp"."id" || ':') + 1) AS INTEGER))
    FROM "OutboxMail" o
    WHERE o."signUpId" = "SignUp"."id" AND o."kind" IN ('link', 'correction')
);
-- Teams-link mails are bulk: whatever someone is waiting for goes first.
UPDATE "OutboxMail" SET "priority" = 1 WHERE "kind" IN ('link', 'correction');
