-- DropForeignKey
ALTER TABLE "ManageToken" DROP CONSTRAINT "ManageToken_registrantId_fkey";

-- AlterTable
ALTER TABLE "Registrant" ADD COLUMN     "manageLinkValidFrom" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "manageLinkVersion" INTEGER NOT NULL DEFAULT 1;

-- DropTable
DROP TABLE "ManageToken";

-- CreateTable
CREATE TABLE "ServerSecret" (
    "id" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("id")
);

