-- CreateTable
CREATE TABLE "SiteSettings" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contactEmail" TEXT,
    "privacyContact" TEXT,
    "privacyController" TEXT,
    "privacyAudience" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Series" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL,
    "expectations" TEXT NOT NULL,
    "howItWorks" TEXT NOT NULL,
    "joinTips" TEXT NOT NULL,
    "partnership" TEXT NOT NULL,
    "free" BOOLEAN NOT NULL DEFAULT false,
    "registrationOpensAt" DATETIME,
    "registrationClosesAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Series" ("createdAt", "expectations", "howItWorks", "id", "intro", "joinTips", "partnership", "slug", "title") SELECT "createdAt", "expectations", "howItWorks", "id", "intro", "joinTips", "partnership", "slug", "title" FROM "Series";
DROP TABLE "Series";
ALTER TABLE "new_Series" RENAME TO "Series";
CREATE UNIQUE INDEX "Series_slug_key" ON "Series"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

