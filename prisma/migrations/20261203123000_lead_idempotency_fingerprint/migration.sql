-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "idempotencyFingerprint" TEXT;
