-- CreateTable
CREATE TABLE "SessionTally" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "confirmed" INTEGER NOT NULL,
    "waitlisted" INTEGER NOT NULL,
    "cancelled" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    CONSTRAINT "SessionTally_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

