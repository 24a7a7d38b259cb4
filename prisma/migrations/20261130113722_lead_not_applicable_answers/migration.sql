-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "notApplicableAnswers" JSONB NOT NULL DEFAULT '{}';
