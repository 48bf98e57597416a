-- CreateTable
CREATE TABLE "FollowUp" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "text" TEXT NOT NULL DEFAULT '',
    "slidesUrl" TEXT,
    "recordingUrl" TEXT,
    "readingUrl" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUp_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MassMailing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "occasion" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "timeVersion" INTEGER,
    "subject" TEXT,
    "body" TEXT,
    "organiserId" TEXT,
    "cursor" TEXT,
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MassMailing_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "answeredOn" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "takeaway" TEXT,
    "improvement" TEXT,
    "mayQuote" BOOLEAN NOT NULL,
    CONSTRAINT "EvaluationResponse_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seriesId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "phase" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "description" TEXT NOT NULL,
    "speakerName" TEXT NOT NULL,
    "speakerRole" TEXT,
    "speakerOrganisation" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "teamsUrl" TEXT,
    "capacity" INTEGER,
    "cancelledAt" DATETIME,
    "linkVersion" INTEGER NOT NULL DEFAULT 1,
    "timeVersion" INTEGER NOT NULL DEFAULT 1,
    "timeChangedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Session_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("cancelledAt", "capacity", "description", "endsAt", "id", "linkVersion", "number", "phase", "seriesId", "speakerName", "speakerOrganisation", "speakerRole", "startsAt", "summary", "teamsUrl", "title", "updatedAt") SELECT "cancelledAt", "capacity", "description", "endsAt", "id", "linkVersion", "number", "phase", "seriesId", "speakerName", "speakerOrganisation", "speakerRole", "startsAt", "summary", "teamsUrl", "title", "updatedAt" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_startsAt_idx" ON "Session"("startsAt");
CREATE UNIQUE INDEX "Session_seriesId_number_key" ON "Session"("seriesId", "number");
CREATE TABLE "new_SignUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrantId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "confirmedAt" DATETIME,
    "cancelledAt" DATETIME,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkMailVersion" INTEGER,
    "startingSoonFor" DATETIME,
    "joinedAt" DATETIME,
    "evaluated" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SignUp_registrantId_fkey" FOREIGN KEY ("registrantId") REFERENCES "Registrant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SignUp_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SignUp" ("calendarSequence", "cancelledAt", "confirmedAt", "createdAt", "id", "linkMailVersion", "registrantId", "requestedAt", "sessionId", "status") SELECT "calendarSequence", "cancelledAt", "confirmedAt", "createdAt", "id", "linkMailVersion", "registrantId", "requestedAt", "sessionId", "status" FROM "SignUp";
DROP TABLE "SignUp";
ALTER TABLE "new_SignUp" RENAME TO "SignUp";
CREATE INDEX "SignUp_sessionId_status_requestedAt_idx" ON "SignUp"("sessionId", "status", "requestedAt");
CREATE INDEX "SignUp_sessionId_status_linkMailVersion_idx" ON "SignUp"("sessionId", "status", "linkMailVersion");
CREATE UNIQUE INDEX "SignUp_registrantId_sessionId_key" ON "SignUp"("registrantId", "sessionId");
CREATE TABLE "new_SessionTally" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "confirmed" INTEGER NOT NULL,
    "waitlisted" INTEGER NOT NULL,
    "cancelled" INTEGER NOT NULL,
    "joined" INTEGER NOT NULL DEFAULT 0,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "SessionTally_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SessionTally" ("cancelled", "confirmed", "recordedAt", "sessionId", "waitlisted") SELECT "cancelled", "confirmed", "recordedAt", "sessionId", "waitlisted" FROM "SessionTally";
DROP TABLE "SessionTally";
ALTER TABLE "new_SessionTally" RENAME TO "SessionTally";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "MassMailing_occasion_key" ON "MassMailing"("occasion");

-- CreateIndex
CREATE INDEX "MassMailing_doneAt_idx" ON "MassMailing"("doneAt");

-- CreateIndex
CREATE INDEX "EvaluationResponse_sessionId_idx" ON "EvaluationResponse"("sessionId");

