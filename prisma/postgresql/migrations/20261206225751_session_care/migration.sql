-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "timeChangedAt" TIMESTAMP(3),
ADD COLUMN     "timeVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SignUp" ADD COLUMN     "evaluated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "joinedAt" TIMESTAMP(3),
ADD COLUMN     "startingSoonFor" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SessionTally" ADD COLUMN     "joined" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "FollowUp" (
    "sessionId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "text" TEXT NOT NULL DEFAULT '',
    "slidesUrl" TEXT,
    "recordingUrl" TEXT,
    "readingUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "MassMailing" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occasion" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "timeVersion" INTEGER,
    "subject" TEXT,
    "body" TEXT,
    "organiserId" TEXT,
    "cursor" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MassMailing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "answeredOn" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "takeaway" TEXT,
    "improvement" TEXT,
    "mayQuote" BOOLEAN NOT NULL,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MassMailing_occasion_key" ON "MassMailing"("occasion");

-- CreateIndex
CREATE INDEX "MassMailing_doneAt_idx" ON "MassMailing"("doneAt");

-- CreateIndex
CREATE INDEX "EvaluationResponse_sessionId_idx" ON "EvaluationResponse"("sessionId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MassMailing" ADD CONSTRAINT "MassMailing_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

