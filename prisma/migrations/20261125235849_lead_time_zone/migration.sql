-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "timeZone" TEXT;
