-- Existing series were public, and existing sessions keep their order and their numbers as addresses.
ALTER TABLE "Series" ADD COLUMN "publishedAt" TIMESTAMP(3);
UPDATE "Series" SET "publishedAt" = "createdAt";

ALTER TABLE "Session" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;
UPDATE "Session" SET "position" = "number";

ALTER TABLE "Organiser" ADD COLUMN "dailySummary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "invitedAt" TIMESTAMP(3);
