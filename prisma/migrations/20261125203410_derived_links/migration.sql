-- DropIndex
DROP INDEX "ManageToken_tokenHash_key";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ManageToken";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "ServerSecret" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Registrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "role" TEXT,
    "searchKey" TEXT NOT NULL DEFAULT '',
    "consentAt" DATETIME NOT NULL,
    "manageLinkVersion" INTEGER NOT NULL DEFAULT 1,
    "manageLinkValidFrom" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Registrant" ("consentAt", "createdAt", "email", "emailKey", "id", "name", "organisation", "role", "searchKey") SELECT "consentAt", "createdAt", "email", "emailKey", "id", "name", "organisation", "role", "searchKey" FROM "Registrant";
DROP TABLE "Registrant";
ALTER TABLE "new_Registrant" RENAME TO "Registrant";
CREATE UNIQUE INDEX "Registrant_emailKey_key" ON "Registrant"("emailKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

